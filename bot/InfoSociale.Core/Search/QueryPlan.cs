using InfoSociale.Core.Analysis;

namespace InfoSociale.Core.Search;

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

    // How much a thesaurus expansion counts against the word written.
    public const double SynonymWeight = 0.6;

    public static string Cut(string? query)
    {
        if (string.IsNullOrEmpty(query)) return "";
        if (query.Length <= MaxCharacters) return query;
        var end = char.IsHighSurrogate(query[MaxCharacters - 1]) ? MaxCharacters - 1 : MaxCharacters;
        return query[..end];
    }

    public static QueryPlan Of(string? query, FrenchAnalyzer queryAnalyzer)
    {
        var text = UnicodeNormalizer.Normalize(Cut(query));
        return From(queryAnalyzer.Read(text), text, queryAnalyzer.WithoutElision);
    }

    // Tokens of one position form a group: the word written (or its spoken rewrite) first, then what
    // stands for it. A thesaurus expansion longer than the phrase it replaces spills onto the next
    // position; it stays with the group it expands. Words already in the question are not added again.
    public static QueryPlan From(IReadOnlyList<AnalyzedToken> tokens, string text, Func<string, string> withoutElision)
    {
        var present = tokens.Where(token => !token.IsSynonym).Select(token => token.Text).ToHashSet(StringComparer.Ordinal);
        var positions = new List<(AnalyzedToken Written, List<QueryTerm> Terms)>();
        foreach (var token in tokens)
        {
            var isWritten = !token.IsSynonym && !token.IsGuess;
            if (isWritten && (positions.Count == 0 || positions[^1].Written.Position != token.Position))
            {
                positions.Add((token, [new QueryTerm(token.Text, 1)]));
                continue;
            }
            if (positions.Count == 0) continue;
            var terms = positions[^1].Terms;
            if (token.IsGuess) terms.Add(new QueryTerm(token.Text, TypoFilter.Weight(token.Type), IsGuess: true));
            else if (token.IsSynonym && present.Add(token.Text)) terms.Add(new QueryTerm(token.Text, SynonymWeight));
            else if (isWritten) terms.Add(new QueryTerm(token.Text, 1));
        }

        var groups = new List<QueryGroup>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (written, alternatives) in positions)
        {
            // A word already asked for ("enfant ... enfants") adds nothing new.
            if (!seen.Add(written.Text)) continue;
            var terms = alternatives
                .GroupBy(term => term.Text)
                .Select(same => new QueryTerm(same.Key, same.Max(term => term.Weight), same.All(term => term.IsGuess)))
                .OrderByDescending(term => term.Weight)
                .ThenBy(term => term.Text, StringComparer.Ordinal)
                .ToList();
            groups.Add(new QueryGroup(withoutElision(WrittenWord(text, written)).ToLowerInvariant(), terms));
            if (groups.Count == MaxGroups) break;
        }
        return new QueryPlan(groups);
    }

    // The word as the resident wrote it, for display: "L'Hébergement" -> "hébergement".
    private static string WrittenWord(string text, AnalyzedToken token)
    {
        var start = Math.Clamp(token.Start, 0, text.Length);
        return text[start..Math.Clamp(token.End, start, text.Length)];
    }
}
