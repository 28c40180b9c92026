using InfoSociale.Core.Orientation.Matching;

namespace InfoSociale.Core.Orientation.Urgency;

// Reads knowledge-base/analysis/urgences.txt (its first line gives the grammar). Errors name the file and line.
public static class UrgencyLexiconLoader
{
    public static string DefaultPath => Path.Combine(ProjectPaths.KnowledgeBase, "analysis", "urgences.txt");

    public static UrgencyLexicon Load(string path) => Parse(File.ReadAllLines(path), Path.GetFileName(path));

    public static UrgencyLexicon Parse(IReadOnlyList<string> lines, string fileName)
    {
        var order = new List<string>();
        var triggers = new Dictionary<string, List<WordPattern>>();
        var falseAlarms = new Dictionary<string, List<WordPattern>>();
        var entries = new Dictionary<string, Dictionary<string, IReadOnlyList<string>>>();
        var numbers = new Dictionary<string, Dictionary<string, IReadOnlyList<string>>>();
        var spoken = new Dictionary<string, IReadOnlyList<string>>();

        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var lineNumber = i + 1;
            DataFileException Error(string problem) => new(fileName, lineNumber, problem);

            if (line.StartsWith('~'))
            {
                if (!SpokenForms.TryAdd(line, spoken)) throw Error(SpokenForms.LineGrammar);
                continue;
            }

            var parts = line.Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length < 3) throw Error("expected \"<situation> +|-|#<territory>|@<territory> ...\"");
            var (situation, marker, rest) = (parts[0], parts[1], parts[2]);
            if (!order.Contains(situation))
            {
                order.Add(situation);
                triggers[situation] = [];
                falseAlarms[situation] = [];
                entries[situation] = [];
                numbers[situation] = [];
            }
            switch (marker)
            {
                case "+": triggers[situation].Add(ParsePattern(rest, Error)); break;
                case "-": falseAlarms[situation].Add(ParsePattern(rest, Error)); break;
                case ['@', .. var territory] when territory.Length > 0:
                    entries[situation][territory] = rest.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                    break;
                case ['#', .. var territory] when territory.Length > 0:
                    numbers[situation][territory] = rest.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                    break;
                default: throw Error($"unknown marker \"{marker}\": use +, -, #<territory> or @<territory>");
            }
        }

        foreach (var situation in order.Where(s => triggers[s].Count == 0))
            throw new DataFileException(fileName, lines.Count, $"the situation \"{situation}\" has no \"+\" pattern");

        var situations = order
            .Select(id => new UrgentSituationRules(id, triggers[id], falseAlarms[id], entries[id], numbers[id]))
            .ToList();
        return new UrgencyLexicon(situations, spoken);
    }

    private static WordPattern ParsePattern(string text, Func<string, DataFileException> error)
    {
        try { return WordPattern.Parse(text); }
        catch (FormatException e) { throw error(e.Message); }
    }
}
