using System.Text.RegularExpressions;

namespace InfoSociale.Core.PlainLanguage.Rules;

// FALC: numbers in digits ("3 mois", not "trois mois"). "un"/"une" are left alone: they are mostly articles.
public sealed partial class NumberWordRule : IPlainLanguageRule
{
    public IEnumerable<LintFinding> Check(AnalyzedText text) =>
        from sentence in text.Sentences
        from Match m in NumberWord().Matches(sentence.Text)
        select new LintFinding("number-words", LintSeverity.Warning, $"write \"{m.Value}\" in digits");

    [GeneratedRegex(@"\b(deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt|trente|quarante|cinquante|soixante|cent|cents|mille)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NumberWord();
}
