namespace InfoSociale.Core.PlainLanguage.Rules;

// FALC: short sentences. Above warnAbove words a warning; above failAbove an error (plain-language limit).
public sealed class SentenceLengthRule(int warnAbove, int failAbove) : IPlainLanguageRule
{
    public IEnumerable<LintFinding> Check(AnalyzedText text) =>
        from sentence in text.Sentences
        let count = sentence.Words.Count
        where count > warnAbove
        select new LintFinding("sentence-length", count > failAbove ? LintSeverity.Error : LintSeverity.Warning,
            $"{count} words (aim for {warnAbove} at most): \"{sentence.Text}\"");
}
