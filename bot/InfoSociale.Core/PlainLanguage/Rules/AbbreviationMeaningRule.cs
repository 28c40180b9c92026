using InfoSociale.Core.Orientation.Matching;

namespace InfoSociale.Core.PlainLanguage.Rules;

// One abbreviation, one meaning: a text that spells out a glossary abbreviation with other words ("chèque annuel de
// formation (CAF)" when the glossary says "caisse d'allocations familiales") gives the resident two meanings. Words
// count as a spelling-out when their initials (link words left out) spell the abbreviation.
public sealed class AbbreviationMeaningRule(Glossary glossary) : IPlainLanguageRule
{
    public IEnumerable<LintFinding> Check(AnalyzedText text)
    {
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (abbreviation, meaning) in AbbreviationRule.Expansions(text.Context).Concat(AbbreviationRule.Expansions(text.Text)))
        {
            if (!glossary.Definitions.TryGetValue(abbreviation, out var definition)) continue;
            if (SpelledOut(abbreviation, meaning) is not { } words || SameMeaning(words, Head(definition))) continue;
            if (reported.Add(abbreviation))
                yield return new LintFinding("abbreviation-meaning", LintSeverity.Error,
                    $"\"{abbreviation}\" means \"{Head(definition)}\" in knowledge-base/analysis/glossaire.txt, not \"{words}\": write the words out or use another short form");
        }
    }

    // The words whose initials spell the abbreviation, at the end of the text before "(CAF)" or at the start of the
    // text inside "CAF (…)"; null when the parenthesis is a name or a remark, not a spelling-out.
    private static string? SpelledOut(string abbreviation, string meaning)
    {
        var words = meaning.Split([' ', '-', '\'', '’'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => !LinkWords.Contains(w.ToLowerInvariant())).ToList();
        var n = abbreviation.Length;
        if (words.Count < n || abbreviation.Any(char.IsDigit)) return null;
        foreach (var candidate in new[] { words[^n..], words[..n] })
            if (string.Concat(candidate.Select(w => char.ToUpperInvariant(FoldedWords.Fold(w[..1])[0]))) == abbreviation)
                return string.Join(' ', candidate);
        return null;
    }

    private static readonly HashSet<string> LinkWords = ["de", "du", "des", "d", "l", "la", "le", "les", "et", "à", "a", "au", "aux", "pour", "sur", "en", "un", "une"];

    private static bool SameMeaning(string words, string head)
    {
        var (written, meant) = (Folded(words), Folded(string.Join(' ', head.Split([' ', '-', '\'', '’'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => !LinkWords.Contains(w.ToLowerInvariant())))));
        return meant.StartsWith(written, StringComparison.Ordinal) || written.StartsWith(meant, StringComparison.Ordinal);
    }

    // The definition up to its first comma: "caisse d'allocations familiales".
    private static string Head(string definition) => definition.Split(',', 2)[0].Trim();

    private static string Folded(string text) => FoldedWords.Fold(text);
}
