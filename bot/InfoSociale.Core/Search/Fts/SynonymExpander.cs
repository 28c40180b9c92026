namespace InfoSociale.Core.Search.Fts;

// Query side only. Adds the thesaurus expansions of a word or phrase as weaker alternatives at the
// position of its first word: "boulot" -> + "travail", "emploi"; "caisse maladie" -> + "assurance",
// "maladie". The longest phrase wins; words already in the query are not added twice. A typo guess is
// not expanded: one guess is weak enough ("mieux" -> "vieux" must not bring "senior").
public sealed class SynonymExpander(Thesaurus thesaurus, double expansionWeight = SynonymExpander.DefaultWeight) : ITokenFilter
{
    public const double DefaultWeight = 0.6;

    public IEnumerable<Token> Apply(IEnumerable<Token> tokens)
    {
        var groups = tokens.GroupBy(token => token.Position).Select(group => group.ToList()).ToList();
        var present = groups.SelectMany(group => group).Select(token => token.Text).ToHashSet(StringComparer.Ordinal);
        for (var start = 0; start < groups.Count; start++)
        {
            foreach (var token in groups[start]) yield return token;
            foreach (var first in groups[start].Where(token => !token.IsExpansion))
            {
                var rule = thesaurus.StartingWith(first.Text).FirstOrDefault(rule => Matches(rule.Phrase, groups, start));
                if (rule is null) continue;
                var source = string.Join(' ', Enumerable.Range(start, rule.Phrase.Count).Select(i => groups[i][0].Source));
                foreach (var word in rule.Expansions.SelectMany(expansion => expansion))
                {
                    if (!present.Add(word)) continue;
                    yield return first with
                    {
                        Text = word,
                        Source = source,
                        IsExpansion = true,
                        IsProtected = false,
                        Weight = first.Weight * expansionWeight,
                    };
                }
            }
        }
    }

    private static bool Matches(IReadOnlyList<string> phrase, List<List<Token>> groups, int start) =>
        start + phrase.Count <= groups.Count
        && phrase.Select((word, i) => groups[start + i].Any(token => token.Text == word && !token.IsExpansion)).All(matched => matched);
}
