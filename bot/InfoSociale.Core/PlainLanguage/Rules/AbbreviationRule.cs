using System.Text.RegularExpressions;

namespace InfoSociale.Core.PlainLanguage.Rules;

// FALC: every abbreviation explained. It is explained when its first use in the text (or in its context, the title
// above it) comes with its expansion: "AVS (assurance-vieillesse et survivants)" or "assurance-vieillesse et
// survivants (AVS)", or, when the text never spells it out, when the glossary defines it. Spelled out only at a
// later use is an error: the resident met it unexplained first.
public sealed partial class AbbreviationRule(Glossary glossary) : IPlainLanguageRule
{
    public IEnumerable<LintFinding> Check(AnalyzedText text)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var uses = Abbreviation().Matches(text.Text);
        foreach (Match m in uses)
        {
            if (!seen.Add(m.Value)) continue;
            if (ExplainedAt(text.Text, m) || ExplainedIn(text.Context, m.Value)) continue;
            // The text spells it out, but only at a later use: the resident has already met it unexplained.
            if (uses.Any(later => later.Index > m.Index && later.Value == m.Value && ExplainedAt(text.Text, later)))
                yield return new LintFinding("abbreviation", LintSeverity.Error,
                    $"\"{m.Value}\" is used before it is explained: move its meaning in parentheses to its first use");
            else if (!glossary.Explains(m.Value))
                yield return new LintFinding("abbreviation", LintSeverity.Error,
                    $"\"{m.Value}\" is not explained: write its meaning in parentheses at first use, or add it to knowledge-base/analysis/glossaire.txt");
        }
    }

    // Every use spelled out in the text: the abbreviation with the words given as its meaning.
    public static IEnumerable<(string Abbreviation, string Meaning)> Expansions(string text)
    {
        foreach (Match m in Abbreviation().Matches(text))
        {
            var after = text[(m.Index + m.Length)..].TrimStart();
            if (after.StartsWith('(') && after.IndexOf(')') is > 2 and var close)
                yield return (m.Value, after[1..close].Trim());
            else if (text[..m.Index].TrimEnd().EndsWith('(') && text[(m.Index + m.Length)..].StartsWith(')'))
                yield return (m.Value, text[..text.LastIndexOf('(', m.Index)].TrimEnd());
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

    // Two or more capitals, digits allowed after the first two: "AVS", "CAF", "RSA", "AI", "B2"; hyphenated as one: "AP-HP".
    [GeneratedRegex(@"\b\p{Lu}{2,}[\p{Lu}\d]*(?:-\p{Lu}{2,}[\p{Lu}\d]*)*\b")]
    private static partial Regex Abbreviation();

    [GeneratedRegex(@"\b\p{Lu}{2,}[\p{Lu}\d]*(?:-\p{Lu}{2,}[\p{Lu}\d]*)*$")]
    private static partial Regex AbbreviationAtEnd();
}
