namespace InfoSociale.Core.PlainLanguage.Rules;

// Kandel & Moles (1958), the French adaptation of Flesch reading ease:
// 207 − 1.015 × (words per sentence) − 73.6 × (syllables per word). 70 and above reads easily; below 50 is hard.
// The formula averages over a text: on a button label of three words one long word decides everything, so texts
// shorter than ten words are not scored.
public sealed class ReadabilityRule(double warnBelow, double failBelow) : IPlainLanguageRule
{
    private const int ShortestScoredText = 10;

    public IEnumerable<LintFinding> Check(AnalyzedText text)
    {
        if (text.Words.Count() < ShortestScoredText) yield break;
        var score = Score(text);
        if (score >= warnBelow) yield break;
        yield return new LintFinding("readability", score < failBelow ? LintSeverity.Error : LintSeverity.Warning,
            $"Kandel-Moles score {score:0} (aim for {warnBelow:0} or more): shorter sentences and shorter words help");
    }

    public static double Score(AnalyzedText text)
    {
        var words = text.Words.ToList();
        var wordsPerSentence = (double)words.Count / text.Sentences.Count;
        var syllablesPerWord = (double)words.Sum(FrenchSyllables.Count) / words.Count;
        return 207 - 1.015 * wordsPerSentence - 73.6 * syllablesPerWord;
    }
}
