using System.Text.RegularExpressions;
using InfoSociale.Core.Orientation.Matching;

namespace InfoSociale.Core.KnowledgeBase.Report;

// knowledge-base/analysis/lieux-cites.txt: how entries name the places they send residents to ("le CAS de votre
// quartier"), and the words a structure title needs for that place to exist in the knowledge base.
public sealed record NamedPlace(string Territory, string Phrase, string StructureTitle)
{
    // A phrase in capitals is an abbreviation and keeps its case ("CAS", not "en cas de"); others ignore case and accents.
    public bool IsNamedIn(string text) =>
        Phrase.Any(char.IsLower)
            ? Regex.IsMatch(NamedPlaces.Folded(text), $@"\b{Regex.Escape(NamedPlaces.Folded(Phrase))}\b")
            : Regex.IsMatch(text, $@"\b{Regex.Escape(Phrase)}\b");

    public bool IsThePlace(Entry structure) =>
        NamedPlaces.Folded(structure.Title).Contains(NamedPlaces.Folded(StructureTitle), StringComparison.Ordinal);
}

public static class NamedPlaces
{
    public const string FileName = "lieux-cites.txt";

    public static IReadOnlyList<NamedPlace> Load(string path) => Parse(File.ReadAllLines(path), Path.GetFileName(path));

    public static IReadOnlyList<NamedPlace> Parse(IReadOnlyList<string> lines, string fileName)
    {
        var places = new List<NamedPlace>();
        string? territory = null;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            if (line.StartsWith('@'))
            {
                territory = line[1..].Trim();
                if (territory.Length == 0) throw new DataFileException(fileName, i + 1, "expected \"@<territory>\"");
                continue;
            }
            var sides = line.Split("=>", 2, StringSplitOptions.TrimEntries);
            if (sides.Length != 2 || sides[0].Length == 0 || sides[1].Length == 0)
                throw new DataFileException(fileName, i + 1, "expected \"<phrase as written in entries> => <words of the structure's title>\"");
            if (territory is null) throw new DataFileException(fileName, i + 1, "a phrase needs a territory: write \"@<territory>\" above it");
            places.Add(new NamedPlace(territory, sides[0], sides[1]));
        }
        return places;
    }

    // Lower case without accents, one kind of apostrophe: what residents' spellings and the title are compared on.
    internal static string Folded(string text) => FoldedWords.Fold(text).Replace('’', '\'');
}
