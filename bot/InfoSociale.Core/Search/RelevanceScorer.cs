namespace InfoSociale.Core.Search;

// The FTS5 fields of one candidate entry, as analysed terms.
internal sealed record Candidate(long Rowid, string Id, string Kind, string[] Publics, string[] Themes, string[] Fields);

// Headline: a word of the question (or a thesaurus alternative, not a mere typo guess) is in the
// entry's title, keywords or summary, not only mentioned in passing in the body.
internal sealed record ScoredCandidate(Candidate Candidate, double Score, double Quality, bool Headline, IReadOnlyList<QueryGroup> MatchedGroups);

// Re-scores FTS5's candidates with BM25F: per-field weights and length normalisation, summed per query
// word, where a word's alternatives (stem, thesaurus, typo) count once, through the best-weighted one.
// Also gives Quality in [0, 1): how well the entry covers the question, each word weighted by its
// rarity, so that a question about something the index does not hold ("météo") scores low.
internal static class RelevanceScorer
{
    private const double K1 = 1.2;
    private const double B = 0.75;
    private const double HeadlineMinWeight = 0.6;
    private const int BodyField = 3;

    public static ScoredCandidate Score(Candidate candidate, QueryPlan plan, TerritoryStatistics statistics)
    {
        var weights = SearchIndexSchema.FieldWeights;
        var normalisers = new double[weights.Length];
        for (var f = 0; f < weights.Length; f++)
        {
            var average = statistics.AverageFieldLengths[f];
            normalisers[f] = average <= 0 ? 1 : 1 - B + B * TermText.Length(candidate.Fields[f]) / average;
        }

        double score = 0, covered = 0, possible = 0;
        var matched = new List<QueryGroup>();
        var headline = false;
        foreach (var group in plan.Groups)
        {
            double best = 0, bestSaturation = 0;
            foreach (var term in group.Terms)
            {
                var padded = " " + term.Text + " ";
                double frequency = 0;
                for (var f = 0; f < weights.Length; f++)
                {
                    var count = TermText.Count(candidate.Fields[f], padded);
                    if (count == 0) continue;
                    frequency += weights[f] * count / normalisers[f];
                    if (f != BodyField && term.Weight >= HeadlineMinWeight) headline = true;
                }
                if (frequency == 0) continue;
                var saturation = term.Weight * frequency / (K1 + frequency);
                best = Math.Max(best, saturation * statistics.Idf(term.Text));
                bestSaturation = Math.Max(bestSaturation, saturation);
            }
            var rarity = GroupRarity(group, statistics);
            score += best;
            covered += rarity * bestSaturation;
            possible += rarity;
            if (best > 0) matched.Add(group);
        }
        return new ScoredCandidate(candidate, score, possible == 0 ? 0 : covered / possible, headline, matched);
    }

    // The rarity of the word as written, or of its best-known alternative when the index lacks it
    // ("boulot" -> "travail"); an unknown word with no alternative counts as the rarest.
    private static double GroupRarity(QueryGroup group, TerritoryStatistics statistics)
    {
        var known = group.Terms.Where(term => statistics.DocumentsWith(term.Text) > 0).ToList();
        return known.Count == 0 ? statistics.Idf(group.Terms[0].Text) : known.Max(term => statistics.Idf(term.Text));
    }
}
