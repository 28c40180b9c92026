using System.Text.RegularExpressions;

namespace InfoSociale.Core.PlainLanguage.Rules;

// FALC: every abbreviation explained. It is explained when the glossary defines it, or when its first use in the
// text (or in its context, the title above it) comes with its expansion: "AVS (assurance-vieillesse et survivants)"
// or "assurance-vieillesse et survivants (AVS)".
public sealed partial class AbbreviationRule(Glossary glossary) : IPlainLanguageRule
{
    public IEnumerable<LintFinding> Check(AnalyzedText text)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match m in Abbreviation().Matches(text.Text))
        {
            if (!seen.Add(m.Value) || glossary.Explains(m.Value)) continue;
            if (ExplainedAt(text.Text, m) || ExplainedIn(text.Context, m.Value)) continue;
            yield return new LintFinding("abbreviation", LintSeverity.Error,
                $"\"{m.Value}\" is not explained: write its meaning in parentheses at first use, or add it to knowledge-base/analysis/glossaire.txt");
        }
    }

    // Is this parenthesis the expansion of the abbreviation just before it, or the abbreviation of the words before it?
    public static bool IsExpansion(string text, Match parenthesis)
    {
        var inside = parenthesis.Value[1..^1].Trim();
        if (Abbreviation().Match(inside) is { Success: true } inner && inner.Value == inside) return true;
        return AbbreviationAtEnd().IsMatch(text[..parenthesis.Index].TrimEnd());
    }

    private static bool ExplainedIn(string context, string abbreviation) =>
        Abbreviation().Matches(context).Any(m => m.Value == abbreviation && ExplainedAt(context, m));

    private static bool ExplainedAt(string text, Match abbreviation)
    {
        var after = text[(abbreviation.Index + abbreviation.Length)..].TrimStart();
        if (after.StartsWith('(') && after.IndexOf(')') > 2) return true;
        return text[..abbreviation.Index].TrimEnd().EndsWith('(') && text[(abbreviation.Index + abbreviation.Length)..].StartsWith(')');
    }

    // Two or more capitals, digits allowed after the first two: "AVS", "CAF", "RSA", "AI", "B2".
    [GeneratedRegex(@"\b\p{Lu}{2,}[\p{Lu}\d]*\b")]
    private static partial Regex Abbreviation();

    [GeneratedRegex(@"\b\p{Lu}{2,}[\p{Lu}\d]*$")]
    private static partial Regex AbbreviationAtEnd();
}
