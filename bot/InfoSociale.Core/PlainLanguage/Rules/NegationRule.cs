using System.Text.RegularExpressions;

namespace InfoSociale.Core.PlainLanguage.Rules;

// FALC: say what is, not what is not. One negation is a warning; two in one sentence ("vous ne pouvez pas ne pas
// répondre") are an error.
public sealed partial class NegationRule : IPlainLanguageRule
{
    public IEnumerable<LintFinding> Check(AnalyzedText text)
    {
        foreach (var sentence in text.Sentences)
        {
            var count = Negation().Matches(sentence.Text).Count;
            if (count == 0) continue;
            yield return count >= 2
                ? new LintFinding("negation", LintSeverity.Error, $"double negation: \"{sentence.Text}\"")
                : new LintFinding("negation", LintSeverity.Warning, $"negative turn: can it be said positively? \"{sentence.Text}\"");
        }
    }

    // "ne ... pas", "n'avez plus", "ne ... jamais/rien/personne/aucun(e)/guère", within five words.
    [GeneratedRegex(@"\b(ne\s|n['’])(\S+\s+){0,4}?(pas|plus|jamais|rien|personne|aucun|aucune|guère)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Negation();
}
