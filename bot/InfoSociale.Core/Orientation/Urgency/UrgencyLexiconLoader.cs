using InfoSociale.Core.Orientation.Matching;

namespace InfoSociale.Core.Orientation.Urgency;

// Reads knowledge-base/analysis/urgences.txt (its first line gives the grammar). Errors name the file and line.
// "<class> = a | b | c" defines a word class; a pattern's {class} stands for each of them (see WordClasses).
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
        var classes = new Dictionary<string, IReadOnlyList<string>>();

        foreach (var line in LexiconLine.Read(lines, fileName, spoken))
        {
            var (situation, marker, rest) = line.Parts("expected \"<situation> +|-|#<territory>|@<territory> ...\" or \"<class> = a | b\"");
            if (marker == "=")
            {
                classes[situation] = rest.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                continue;
            }
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
                case "+": triggers[situation].AddRange(WordClasses.Expand(rest, classes, line).Select(line.Pattern)); break;
                case "-": falseAlarms[situation].AddRange(WordClasses.Expand(rest, classes, line).Select(line.Pattern)); break;
                case ['@', .. var territory] when territory.Length > 0:
                    entries[situation][territory] = rest.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                    break;
                case ['#', .. var territory] when territory.Length > 0:
                    numbers[situation][territory] = rest.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                    break;
                default: throw line.Error($"unknown marker \"{marker}\": use +, -, #<territory> or @<territory>");
            }
        }

        foreach (var situation in order.Where(s => triggers[s].Count == 0))
            throw new DataFileException(fileName, lines.Count, $"the situation \"{situation}\" has no \"+\" pattern");

        var situations = order
            .Select(id => new UrgentSituationRules(id, triggers[id], falseAlarms[id], entries[id], numbers[id]))
            .ToList();
        return new UrgencyLexicon(situations, spoken);
    }
}
