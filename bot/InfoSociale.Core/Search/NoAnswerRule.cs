namespace InfoSociale.Core.Search;

// When to say "no answer" rather than answer at random. Quality is the share of the question, each
// word weighted by its rarity, that the entry covers, with matches in the title or keywords counting
// more than a passing mention in the body (RelevanceScorer). Calibrated on the dev query set:
// questions the knowledge base does not hold ("la météo demain") stay well below MinQuality.
public sealed record NoAnswerRule(double MinQuality, double KeepShareOfBest)
{
    public static NoAnswerRule Default { get; } = new(MinQuality: 0.30, KeepShareOfBest: 0.15);

    internal bool Answers(ScoredCandidate best) => best.Quality >= MinQuality;

    // Hits far weaker than the best one are noise, not alternatives.
    internal bool Keeps(ScoredCandidate hit, ScoredCandidate best) => hit.Score >= KeepShareOfBest * best.Score;
}
