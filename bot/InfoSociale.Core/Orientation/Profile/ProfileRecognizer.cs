using InfoSociale.Core.Orientation.Matching;

namespace InfoSociale.Core.Orientation.Profile;

// One statement found in a message, with the number it said ("72" in "j'ai 72 ans"; null when it takes none).
public sealed record FoundStatement(ProfileStatement Statement, string? Number)
{
    // The statement's facts, "#" replaced by the number said.
    public IEnumerable<KeyValuePair<string, string>> Facts => Statement.Facts.Select(fact =>
        fact.Value == ProfileStatement.SaidNumber ? KeyValuePair.Create(fact.Key, Number!) : fact);
}

// What a message says about the resident. OtherWords: the words that are neither a statement nor framing;
// none means the message only tells about the resident ("bonjour, je suis retraitée").
public sealed record SaidAboutSelf(IReadOnlyList<FoundStatement> Statements, IReadOnlyList<string> OtherWords)
{
    public bool SaysOnlyThat => OtherWords.Count == 0;

    public IEnumerable<string> Publics => Statements.SelectMany(s => s.Statement.Publics).Distinct();

    public IEnumerable<KeyValuePair<string, string>> Facts => Statements.SelectMany(s => s.Facts);
}

// "je suis retraitée et j'ai 72 ans" -> retraite, age-aine (72), in the order said. Only what residents say about themselves counts:
// every pattern speaks in the first person, so "ma mère est retraitée" says nothing about the resident, and a
// denied statement ("je ne suis pas retraité") is not one. A statement found inside a longer one is the longer one's
// part: "je suis maman solo" is parent-solo, not also "je suis maman".
public sealed class ProfileRecognizer(ProfileLexicon lexicon)
{
    public SaidAboutSelf? Recognize(string message)
    {
        var words = new MessageWords(NumberWords.Rewrite(SpokenForms.Rewrite(FoldedWords.Split(message), lexicon.SpokenForms)));
        var found = new List<(ProfileStatement Statement, HashSet<int> Positions, string? Number)>();
        for (var i = 0; i < lexicon.Statements.Count; i++)
            if (Find(lexicon.Statements[i], words) is { } statementFound) found.Add(statementFound);
        var kept = found
            .Where(f => !found.Any(other => other.Positions.Count > f.Positions.Count && f.Positions.IsSubsetOf(other.Positions)))
            .OrderBy(f => f.Positions.Min())
            .ToList();
        if (kept.Count == 0) return null;

        var said = kept.SelectMany(f => f.Positions).ToHashSet();
        var others = words.Where((word, i) => !said.Contains(i) && !lexicon.FramingWords.Contains(word) && !word.All(char.IsAsciiDigit)).ToList();
        return new SaidAboutSelf(kept.Select(f => new FoundStatement(f.Statement, f.Number)).ToList(), others);
    }

    // The statement's first trigger said in the message, unless a false friend is said too. Indexed loops (no LINQ, no
    // enumerator to allocate): run on every message for every statement.
    private static (ProfileStatement Statement, HashSet<int> Positions, string? Number)? Find(ProfileStatement statement, MessageWords words)
    {
        for (var t = 0; t < statement.Triggers.Count; t++)
        {
            if (AffirmedMatch.Find(statement.Triggers[t], words) is not { } match) continue;
            for (var f = 0; f < statement.FalseFriends.Count; f++)
                if (statement.FalseFriends[f].FindIn(words) is not null) return null;
            return (statement, match.Positions.ToHashSet(), statement.Triggers[t].NumberIn(match, words));
        }
        return null;
    }
}
