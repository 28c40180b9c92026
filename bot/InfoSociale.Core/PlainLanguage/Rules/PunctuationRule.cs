using System.Text.RegularExpressions;

namespace InfoSociale.Core.PlainLanguage.Rules;

// FALC: no ";", no ":" inside a sentence, no parentheses. A parenthesis that spells out an abbreviation,
// "AVS (assurance-vieillesse et survivants)", is the accepted way to explain it and is not reported.
public sealed partial class PunctuationRule : IPlainLanguageRule
{
    public IEnumerable<LintFinding> Check(AnalyzedText text)
    {
        foreach (var sentence in text.Sentences)
        {
            if (sentence.Text.Contains(';'))
                yield return new LintFinding("punctuation", LintSeverity.Warning, $"\";\" joins two ideas; make two sentences: \"{sentence.Text}\"");
            if (MidSentenceColon().IsMatch(sentence.Text))
                yield return new LintFinding("punctuation", LintSeverity.Warning, $"\":\" inside a sentence: \"{sentence.Text}\"");
            foreach (Match parenthesis in Parenthesis().Matches(sentence.Text))
                if (!AbbreviationRule.IsExpansion(sentence.Text, parenthesis))
                    yield return new LintFinding("punctuation", LintSeverity.Warning, $"parentheses hide information: \"{parenthesis.Value}\"");
        }
    }

    // "Horaires : lundi" is a label; "Apportez : votre pièce" too. A colon followed by more words is reported
    // unless it is a time ("8:30").
    [GeneratedRegex(@"\p{L}\s*:\s+\p{L}")]
    private static partial Regex MidSentenceColon();

    [GeneratedRegex(@"\([^)]*\)")]
    private static partial Regex Parenthesis();
}
