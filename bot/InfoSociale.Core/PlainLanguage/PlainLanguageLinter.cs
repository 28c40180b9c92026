namespace InfoSociale.Core.PlainLanguage;

public sealed record SourcedFinding(string Source, LintFinding Finding);

public sealed record LintReport(int TextsChecked, IReadOnlyList<SourcedFinding> Findings)
{
    public int Errors => Findings.Count(f => f.Finding.Severity == LintSeverity.Error);
    public int Warnings => Findings.Count(f => f.Finding.Severity == LintSeverity.Warning);
}

// Checks texts against the plain-language (FALC) rules a program can check: design/domain-notes.md §4.
// It only pre-screens: a FALC text still needs reading by its readers.
public sealed class PlainLanguageLinter(IReadOnlyList<IPlainLanguageRule> rules)
{
    // The rules in the order of domain-notes §4; thresholds are its defaults.
    public static PlainLanguageLinter Default(Glossary glossary) => new(
    [
        new Rules.SentenceLengthRule(warnAbove: 12, failAbove: 20),
        new Rules.PunctuationRule(),
        new Rules.NumberWordRule(),
        new Rules.AbbreviationRule(glossary),
        new Rules.AbbreviationMeaningRule(glossary),
        new Rules.LongWordRule(longerThan: 14),
        new Rules.PassiveVoiceRule(),
        new Rules.NegationRule(),
        new Rules.ReadabilityRule(warnBelow: 70, failBelow: 50),
    ]);

    // Entry bodies are longer Markdown texts written for reading, not FALC summaries: only abbreviations are checked.
    public static PlainLanguageLinter Abbreviations(Glossary glossary) =>
        new([new Rules.AbbreviationRule(glossary), new Rules.AbbreviationMeaningRule(glossary)]);

    public IReadOnlyList<LintFinding> Check(string text, string context = "")
    {
        var analyzed = AnalyzedText.Of(text, context);
        return rules.SelectMany(r => r.Check(analyzed)).ToList();
    }

    public LintReport Check(IEnumerable<LintText> texts)
    {
        var all = texts.ToList();
        var findings = all.SelectMany(t => Check(t.Text, t.Context).Select(f => new SourcedFinding(t.Source, f))).ToList();
        return new LintReport(all.Count, findings);
    }
}
