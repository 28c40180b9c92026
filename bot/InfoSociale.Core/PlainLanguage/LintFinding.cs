namespace InfoSociale.Core.PlainLanguage;

public enum LintSeverity { Warning, Error }

// One broken plain-language rule in one text. Message is for the editor who will rewrite the text.
public sealed record LintFinding(string Rule, LintSeverity Severity, string Message);

// A text to check and where it comes from ("ge/prestation/ge-pc-avs.yaml summary", "messages/fr.yaml welcome"),
// with what is read just before it (the entry's title).
public sealed record LintText(string Source, string Text, string Context = "");

public interface IPlainLanguageRule
{
    IEnumerable<LintFinding> Check(AnalyzedText text);
}
