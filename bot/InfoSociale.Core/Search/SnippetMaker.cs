using System.Text.RegularExpressions;
using InfoSociale.Core.Analysis;

namespace InfoSociale.Core.Search;

// A short passage of the entry, with its accents, that shows why it matched: the summary when it holds
// a matched term, else the body sentence holding the most. Markdown marks are removed.
internal static partial class SnippetMaker
{
    public const int MaxLength = 200;

    public static string Make(string summary, string body, IReadOnlySet<string> matchedTerms, FrenchAnalyzer analyzer)
    {
        var best = Clean(summary);
        if (Matches(best, matchedTerms, analyzer) == 0)
        {
            var bestCount = 0;
            foreach (var sentence in Sentences(body))
            {
                var count = Matches(sentence, matchedTerms, analyzer);
                if (count > bestCount) (best, bestCount) = (sentence, count);
            }
        }
        return Shorten(best);
    }

    private static int Matches(string text, IReadOnlySet<string> terms, FrenchAnalyzer analyzer) =>
        analyzer.Analyze(text).Count(token => terms.Contains(token.Text));

    private static IEnumerable<string> Sentences(string body) =>
        SentenceEnd().Split(body).Select(Clean).Where(sentence => sentence.Length > 0);

    private static string Clean(string text) => Spaces().Replace(MarkdownMarks().Replace(text, " "), " ").Trim();

    private static string Shorten(string text)
    {
        if (text.Length <= MaxLength) return text;
        var cut = text.LastIndexOf(' ', MaxLength - 1);
        return text[..(cut > MaxLength / 2 ? cut : MaxLength - 1)].TrimEnd(',', ';', ':') + "…";
    }

    [GeneratedRegex(@"(?<=[.!?])\s+|\n+")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"[#*_`>|]+|^\s*[-+]\s+|\[|\]\([^)]*\)", RegexOptions.Multiline)]
    private static partial Regex MarkdownMarks();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
