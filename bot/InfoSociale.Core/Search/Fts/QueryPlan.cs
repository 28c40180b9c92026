
namespace InfoSociale.Core.Search.Fts;

// One word the resident wrote, with the terms that stand for it: its stem (weight 1) and any thesaurus
// or typo alternatives (weight below 1).
public sealed record QueryGroup(string Written, IReadOnlyList<QueryTerm> Terms);

public sealed record QueryTerm(string Text, double Weight, bool IsGuess = false);

// The analysed question as groups of alternative terms. Limits keep any input cheap: the text is cut at
// MaxCharacters and only the first MaxGroups meaningful words are kept.
public sealed record QueryPlan(IReadOnlyList<QueryGroup> Groups)
{
    public const int MaxCharacters = 500;
    public const int MaxGroups = 40;

    public static string Cut(string? query)
    {
        if (string.IsNullOrEmpty(query)) return "";
        if (query.Length <= MaxCharacters) return query;
        var end = char.IsHighSurrogate(query[MaxCharacters - 1]) ? MaxCharacters - 1 : MaxCharacters;
        return query[..end];
    }

    public static QueryPlan From(IReadOnlyList<Token> tokens)
    {
        var groups = new List<QueryGroup>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var position in tokens.GroupBy(token => token.Position))
        {
            var written = position.FirstOrDefault(token => !token.IsExpansion);
            // A word already asked for ("enfant ... enfants") or one the analysis only expanded adds nothing new.
            if (written is null || !seen.Add(written.Text)) continue;
            var terms = position
                .GroupBy(token => token.Text)
                .Select(same => new QueryTerm(same.Key, same.Max(token => token.Weight), same.All(token => token.IsGuess)))
                .OrderByDescending(term => term.Weight)
                .ThenBy(term => term.Text, StringComparer.Ordinal)
                .ToList();
            groups.Add(new QueryGroup(written.Source.ToLowerInvariant(), terms));
            if (groups.Count == MaxGroups) break;
        }
        return new QueryPlan(groups);
    }
}
