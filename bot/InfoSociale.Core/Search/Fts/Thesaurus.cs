namespace InfoSociale.Core.Search.Fts;

// Analysed thesaurus: a phrase of one or more analysed words (e.g. "caiss malad") -> phrases it expands
// to. Built by FrenchAnalyzer from the thesaurus file, so both sides go through the same chain as text.
public sealed class Thesaurus
{
    private readonly Dictionary<string, List<ThesaurusRule>> byFirstWord = new(StringComparer.Ordinal);

    public void Add(IReadOnlyList<string> phrase, IReadOnlyList<IReadOnlyList<string>> expansions)
    {
        if (!byFirstWord.TryGetValue(phrase[0], out var rules)) byFirstWord[phrase[0]] = rules = [];
        var same = rules.FindIndex(rule => rule.Phrase.SequenceEqual(phrase));
        if (same < 0) rules.Add(new ThesaurusRule(phrase, expansions));
        else rules[same] = rules[same] with { Expansions = [.. rules[same].Expansions, .. expansions] };
        rules.Sort((a, b) => b.Phrase.Count.CompareTo(a.Phrase.Count));
    }

    // Rules whose phrase starts with this word, longest phrase first.
    public IReadOnlyList<ThesaurusRule> StartingWith(string word) =>
        byFirstWord.TryGetValue(word, out var rules) ? rules : [];
}

public sealed record ThesaurusRule(IReadOnlyList<string> Phrase, IReadOnlyList<IReadOnlyList<string>> Expansions);
