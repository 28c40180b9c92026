
namespace InfoSociale.Core.PlainLanguage;

// knowledge-base/analysis/glossaire.txt: abbreviations residents meet, each with a plain definition the bot can show.
public sealed record Glossary(IReadOnlyDictionary<string, string> Definitions)
{
    public static string DefaultPath => Path.Combine(ProjectPaths.KnowledgeBase, "analysis", "glossaire.txt");

    public bool Explains(string abbreviation) => Definitions.ContainsKey(abbreviation);

    public static Glossary Load(string path) => Parse(File.ReadAllLines(path), Path.GetFileName(path));

    public static Glossary Parse(IReadOnlyList<string> lines, string fileName)
    {
        var definitions = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var sides = line.Split('=', 2, StringSplitOptions.TrimEntries);
            if (sides.Length != 2 || sides[0].Length == 0 || sides[1].Length == 0)
                throw new DataFileException(fileName, i + 1, "expected \"<ABBREVIATION> = <plain definition>\"");
            if (!definitions.TryAdd(sides[0], sides[1]))
                throw new DataFileException(fileName, i + 1, $"\"{sides[0]}\" is defined twice");
        }
        return new Glossary(definitions);
    }
}
