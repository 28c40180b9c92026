using System.Text.RegularExpressions;

namespace InfoSociale.Core.PlainLanguage.Rules;

// FALC: active voice. "Le dossier est envoyé" -> "Vous envoyez le dossier". A form of "être" followed by a past
// participle in -é(e)(s); adjectives such as "vous êtes âgé" also match, hence a warning only.
public sealed partial class PassiveVoiceRule : IPlainLanguageRule
{
    public IEnumerable<LintFinding> Check(AnalyzedText text) =>
        from sentence in text.Sentences
        from Match m in Passive().Matches(sentence.Text)
        select new LintFinding("passive-voice", LintSeverity.Warning, $"passive turn \"{m.Value}\": say who does it");

    [GeneratedRegex(@"\b(est|sont|été|était|étaient|sera|seront|soit|soient|être)\s+(\p{L}+é(e|es|s)?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Passive();
}
