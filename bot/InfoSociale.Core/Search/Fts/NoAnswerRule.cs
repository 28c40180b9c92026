namespace InfoSociale.Core.Search.Fts;

// When to say "no answer" rather than answer at random. The best entry must (1) hold a word of the
// question in its title, keywords or summary (a passing mention in a body is no answer), and (2) cover
// enough of the question: Quality is the share of the question's words, each weighted by its rarity,
// that the entry holds, with title and keyword matches counting more (RelevanceScorer). A word the
// index does not know at all ("météo", "loto") weighs as the rarest. (3) Typo guesses alone are weak
// evidence ("meteo" is one letter from "metro"): they must agree on two words ("lokement urgense") when
// no word is found as written. Calibrated on the dev query set.
public sealed record NoAnswerRule(double MinQuality, double KeepShareOfBest)
{
    public static NoAnswerRule Default { get; } = new(MinQuality: 0.30, KeepShareOfBest: 0.15);

    internal bool Answers(ScoredCandidate best) =>
        best.Headline && best.Quality >= MinQuality && (best.ConfidentGroups > 0 || best.GuessedGroups >= 2);

    // Hits far weaker than the best one are noise, not alternatives.
    internal bool Keeps(ScoredCandidate hit, ScoredCandidate best) => hit.Score >= KeepShareOfBest * best.Score;
}
