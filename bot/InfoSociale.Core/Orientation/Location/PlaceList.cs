using InfoSociale.Core.Orientation.Matching;

namespace InfoSociale.Core.Orientation.Location;

// One place a resident may name: a territory ("Genève", Place null) or a neighbourhood in it ("Pâquis", "18e arrondissement").
public sealed record KnownPlace(string Territory, string? Place, IReadOnlyList<WordPattern> Ways);

// Every place, and the words that only frame one ("j'habite à", "on vit dans le").
public sealed record PlaceList(IReadOnlyList<KnownPlace> Places, IReadOnlySet<string> FramingWords);

// Reads knowledge-base/analysis/lieux.txt (its first line gives the grammar).
public static class PlaceListLoader
{
    // "paris" against "parti" is one typo away: place names need six letters before typos are tolerated.
    private const int ShortestFuzzyLength = 6;

    public static string DefaultPath => Path.Combine(ProjectPaths.KnowledgeBase, "analysis", "lieux.txt");

    public static PlaceList Load(string path) => Parse(File.ReadAllLines(path), Path.GetFileName(path));

    public static PlaceList Parse(IReadOnlyList<string> lines, string fileName)
    {
        var places = new List<KnownPlace>();
        var framing = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            if (line.StartsWith('='))
            {
                framing.UnionWith(FoldedWords.Split(line[1..]));
                continue;
            }
            var fields = line.Split('|').Select(f => f.Trim()).ToArray();
            if (fields.Length != 3 || fields.Any(f => f.Length == 0))
                throw new DataFileException(fileName, i + 1, "expected \"<territory> | <place or -> | <way>, <way>...\"");
            var ways = fields[2].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(w => WordPattern.Parse(w, ShortestFuzzyLength))
                .ToList();
            places.Add(new KnownPlace(fields[0], fields[1] == "-" ? null : fields[1], ways));
        }
        return new PlaceList(places, framing);
    }
}
