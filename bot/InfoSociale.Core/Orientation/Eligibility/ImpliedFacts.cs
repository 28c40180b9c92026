namespace InfoSociale.Core.Orientation.Eligibility;

// "work=retraite => pension=avs": a fact the resident's answer implies. Values are written as in parcours files.
public sealed record FactImplication(string Fact, string Value, IReadOnlyList<KeyValuePair<string, string>> Implied);

// Completes what the resident said with what it implies ("je suis à la retraite" -> an old-age pension), so a
// condition is not left "à vérifier" for a fact the resident already gave in other words. What the resident said
// always wins: an implied fact only fills a fact still unknown. Implied facts are never stored in the conversation.
public sealed class ImpliedFacts(IReadOnlyList<FactImplication> rules)
{
    public static ImpliedFacts None { get; } = new([]);

    public IReadOnlyList<FactImplication> Rules => rules;

    public ResidentFacts Complete(ResidentFacts facts)
    {
        // Rules may chain (a implies b, b implies c); each pass fills at least one fact or stops.
        for (var pass = 0; pass <= rules.Count; pass++)
        {
            var before = facts;
            foreach (var rule in rules.Where(r => Holds(facts, r.Fact, r.Value)))
                foreach (var (fact, value) in rule.Implied.Where(i => !facts.IsKnown(i.Key)))
                    facts = facts.With(fact, value);
            if (facts == before) break;
        }
        return facts;
    }

    // "age=65+" holds when the age known lies within 65+; a value or a yes/no holds when it is the one written.
    public static bool Holds(ResidentFacts facts, string fact, string value)
    {
        var wanted = ResidentFacts.None.With(fact, value);
        if (wanted.Number(fact) is { } range)
            return facts.Number(fact) is { } known && known.Min >= range.Min && known.Max <= range.Max;
        if (wanted.Flag(fact) is { } flag) return facts.Flag(fact) == flag;
        return facts.Value(fact) == wanted.Value(fact);
    }
}

// Reads knowledge-base/parcours/implications.txt: "<fact>=<value> => <fact>=<value> [<fact>=<value>...]" per line,
// '#' comments. Every fact and value is checked as it loads; a problem names the line.
public static class ImpliedFactsLoader
{
    public const string FileName = "implications.txt";

    public static ImpliedFacts LoadFolder(string parcoursFolder)
    {
        var path = Path.Combine(parcoursFolder, FileName);
        return File.Exists(path) ? Load(path) : ImpliedFacts.None;
    }

    public static ImpliedFacts Load(string path) => Parse(File.ReadAllLines(path), Path.GetFileName(path));

    public static ImpliedFacts Parse(IReadOnlyList<string> lines, string fileName)
    {
        var rules = new List<FactImplication>();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            DataFileException Problem(string what) => new(fileName, i + 1, what);
            var sides = line.Split("=>", StringSplitOptions.TrimEntries);
            if (sides.Length != 2 || sides[1].Length == 0)
                throw Problem("expected \"<fact>=<value> => <fact>=<value> [<fact>=<value>...]\"");
            var (fact, value) = Pair(sides[0], Problem);
            var implied = sides[1].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(p => Pair(p, Problem)).ToList();
            if (implied.Any(p => p.Key == fact)) throw Problem($"\"{fact}\" cannot imply itself");
            rules.Add(new FactImplication(fact, value, implied));
        }
        return new ImpliedFacts(rules);
    }

    private static KeyValuePair<string, string> Pair(string text, Func<string, DataFileException> problem)
    {
        var equals = text.IndexOf('=');
        if (equals <= 0 || equals == text.Length - 1) throw problem($"\"{text}\" is not <fact>=<value>");
        var (fact, value) = (text[..equals].Trim(), text[(equals + 1)..].Trim());
        try { ResidentFacts.None.With(fact, value); }
        catch (FormatException e) { throw problem(e.Message); }
        return new(fact, value);
    }
}
