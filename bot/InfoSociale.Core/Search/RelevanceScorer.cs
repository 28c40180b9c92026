namespace InfoSociale.Core.Search;

// The weighted fields of one candidate entry, as analysed terms; Doc is its Lucene document number in one snapshot.
internal sealed record Candidate(int Doc, string Id, string Kind, string[] Publics, string[] Themes, string[] Fields)
{
    public int[] FieldLengths { get; } = Fields.Select(TermText.Length).ToArray();
}

// Headline: a word of the question (or a thesaurus alternative, not a mere typo guess) is in the
// entry's title, keywords or summary, not only mentioned in passing in the body.
// Confident: matched groups through a written word or a thesaurus alternative; the other matched groups
// were found only through typo guesses.
internal sealed record ScoredCandidate(
    Candidate Candidate, double Score, double Quality, bool Headline, IReadOnlyList<QueryGroup> MatchedGroups, int ConfidentGroups)
{
    public int GuessedGroups => MatchedGroups.Count - ConfidentGroups;
}

// Re-scores Lucene's candidates with BM25F: per-field weights and length normalisation, summed per query
// word, where a word's alternatives (stem, thesaurus, typo) count once, through the best-weighted one.
// Also gives Quality in [0, 1): how well the entry covers the question, each word weighted by its
// rarity, so that a question about something the index does not hold ("météo") scores low.
internal static class RelevanceScorer
{
    private const double K1 = 1.2;
    private const double B = 0.75;
    private const double HeadlineMinWeight = 0.6;

    // What a query needs for scoring any candidate, computed once per search.
    public sealed record PreparedQuery(IReadOnlyList<PreparedGroup> Groups, double PossibleCoverage, TerritoryStatistics Statistics);

    public sealed record PreparedGroup(QueryGroup Group, double Rarity, PreparedTerm[] Terms);

    // A number ("143", "3") counts only in the title and keywords, where entries give their phone
    // numbers; elsewhere it is an age, a count or a date.
    public sealed record PreparedTerm(string Text, string Padded, double Weight, double Idf, bool IsGuess, int Fields);

    public static PreparedQuery Prepare(QueryPlan plan, TerritoryStatistics statistics)
    {
        var groups = plan.Groups
            .Select(group => new PreparedGroup(
                group,
                GroupRarity(group, statistics),
                group.Terms
                    .Where(term => statistics.DocumentsWith(term.Text) > 0)
                    .Select(term => new PreparedTerm(term.Text, " " + term.Text + " ", term.Weight, statistics.Idf(term.Text), term.IsGuess,
                        IsNumber(term.Text) ? NumberFields : IndexFields.FieldWeights.Length))
                    .ToArray()))
            .ToList();
        return new PreparedQuery(groups, groups.Sum(group => group.Rarity), statistics);
    }

    public static ScoredCandidate Score(Candidate candidate, PreparedQuery query)
    {
        var weights = IndexFields.FieldWeights;
        Span<double> normalisers = stackalloc double[weights.Length];
        for (var f = 0; f < weights.Length; f++)
        {
            var average = query.Statistics.AverageFieldLengths[f];
            normalisers[f] = average <= 0 ? 1 : 1 - B + B * candidate.FieldLengths[f] / average;
        }

        double score = 0, covered = 0;
        var matched = new List<QueryGroup>();
        var headline = false;
        var confident = 0;
        foreach (var group in query.Groups)
        {
            double best = 0, bestSaturation = 0;
            var confidentMatch = false;
            foreach (var term in group.Terms)
            {
                double frequency = 0;
                for (var f = 0; f < term.Fields; f++)
                {
                    var count = TermText.Count(candidate.Fields[f], term.Padded);
                    if (count == 0) continue;
                    frequency += weights[f] * count / normalisers[f];
                    if (f != IndexFields.BodyField && term.Weight >= HeadlineMinWeight) headline = true;
                }
                if (frequency == 0) continue;
                confidentMatch |= !term.IsGuess;
                var saturation = term.Weight * frequency / (K1 + frequency);
                best = Math.Max(best, saturation * term.Idf);
                bestSaturation = Math.Max(bestSaturation, saturation);
            }
            score += best;
            covered += group.Rarity * bestSaturation;
            if (best > 0) matched.Add(group.Group);
            if (confidentMatch) confident++;
        }
        // A question of numbers only ("143") is covered when one of them matched.
        var quality = query.PossibleCoverage == 0 ? (matched.Count > 0 ? 1 : 0) : covered / query.PossibleCoverage;
        return new ScoredCandidate(candidate, score, quality, headline, matched, confident);
    }

    // The rarity of the word as written, or of its best-known alternative when the index lacks it
    // ("boulot" -> "travail"); an unknown word with no alternative counts as the rarest. A number
    // ("70 ans", "3 enfants") does not count in the coverage: missing it says nothing about the topic.
    private static double GroupRarity(QueryGroup group, TerritoryStatistics statistics)
    {
        if (IsNumber(group.Terms[0].Text)) return 0;
        var known = group.Terms.Where(term => statistics.DocumentsWith(term.Text) > 0).ToList();
        return known.Count == 0 ? statistics.Idf(group.Terms[0].Text) : known.Max(term => statistics.Idf(term.Text));
    }

    private const int NumberFields = 2;

    private static bool IsNumber(string term) => term.All(char.IsAsciiDigit);
}
