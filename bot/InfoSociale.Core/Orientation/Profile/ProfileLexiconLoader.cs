using InfoSociale.Core.KnowledgeBase;
using InfoSociale.Core.Orientation.Eligibility;
using InfoSociale.Core.Orientation.Matching;

namespace InfoSociale.Core.Orientation.Profile;

// Reads knowledge-base/analysis/publics.txt (its first line gives the grammar). Errors name the file and line:
// a public that is not in the schema's list, a fact or value that parcours files could not set, a statement without
// a pattern or without anything to note.
public static class ProfileLexiconLoader
{
    public static string DefaultPath => Path.Combine(ProjectPaths.KnowledgeBase, "analysis", "publics.txt");

    public static ProfileLexicon Load(string path) => Parse(File.ReadAllLines(path), Path.GetFileName(path));

    public static ProfileLexicon Parse(IReadOnlyList<string> lines, string fileName)
    {
        var statements = new Dictionary<string, Draft>();
        var order = new List<string>();
        var spoken = new Dictionary<string, IReadOnlyList<string>>();
        var framing = new HashSet<string>(StringComparer.Ordinal);

        foreach (var line in LexiconLine.Read(lines, fileName, spoken))
        {
            if (line.Text.StartsWith('='))
            {
                framing.UnionWith(FoldedWords.Split(line.Text[1..]));
                continue;
            }

            var (id, marker, rest) = line.Parts("expected \"<statement> +|-|publics|facts ...\"");
            if (!statements.TryGetValue(id, out var draft))
            {
                statements[id] = draft = new Draft(line.Number);
                order.Add(id);
            }
            switch (marker)
            {
                case "+": draft.Triggers.Add(line.Pattern(rest)); break;
                case "-": draft.FalseFriends.Add(line.Pattern(rest)); break;
                case "publics": draft.Publics.AddRange(ParsePublics(rest, line.Error)); break;
                case "facts":
                    foreach (var (fact, value) in ParseFacts(rest, line.Error)) draft.Facts[fact] = value;
                    break;
                default: throw line.Error($"unknown marker \"{marker}\": use +, -, publics or facts");
            }
        }

        return new ProfileLexicon(order.Select(id => Finish(id, statements[id], fileName)).ToList(), spoken, framing);
    }

    private sealed record Draft(int Line)
    {
        public List<WordPattern> Triggers { get; } = [];
        public List<WordPattern> FalseFriends { get; } = [];
        public List<string> Publics { get; } = [];
        public Dictionary<string, string> Facts { get; } = new(StringComparer.Ordinal);
    }

    private static ProfileStatement Finish(string id, Draft draft, string fileName)
    {
        var statement = new ProfileStatement(id, draft.Triggers, draft.FalseFriends, draft.Publics.Distinct().ToList(), draft.Facts, draft.Line);
        DataFileException Error(string problem) => new(fileName, draft.Line, $"the statement \"{id}\" {problem}");
        if (statement.Triggers.Count == 0) throw Error("has no \"+\" pattern");
        if (statement.Publics.Count == 0 && statement.Facts.Count == 0) throw Error("notes nothing: give it \"publics\" or \"facts\"");
        if (statement.TakesNumber && statement.Triggers.Any(t => !t.HasNumber))
            throw Error("sets a fact to \"#\", so each of its \"+\" patterns needs a number slot (#)");
        return statement;
    }

    // "aines familles": each must be a public of knowledge-base/schema/entry.schema.json.
    private static IEnumerable<string> ParsePublics(string text, Func<string, DataFileException> error)
    {
        var publics = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (publics.FirstOrDefault(p => !ControlledLists.Publics.Contains(p)) is { } unknown)
            throw error($"unknown public \"{unknown}\" (known: {string.Join(", ", ControlledLists.Publics.Order())})");
        return publics;
    }

    // "work=retraite age=#": facts and values as parcours files set them; "#" only for a number fact.
    private static IEnumerable<(string Fact, string Value)> ParseFacts(string text, Func<string, DataFileException> error)
    {
        foreach (var pair in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var sides = pair.Split('=', 2);
            if (sides.Length != 2 || sides[0].Length == 0 || sides[1].Length == 0) throw error($"expected \"<fact>=<value>\", not \"{pair}\"");
            var (fact, value) = (sides[0], sides[1]);
            if (value == ProfileStatement.SaidNumber && (!EligibilityFacts.Types.TryGetValue(fact, out var type) || type != FactType.Number))
                throw error($"\"#\" (the number said) can only set a number fact, not \"{fact}\"");
            try { ResidentFacts.None.With(fact, value == ProfileStatement.SaidNumber ? "1" : value); }
            catch (FormatException e) { throw error(e.Message); }
            yield return (fact, value);
        }
    }
}
