using System.Text.RegularExpressions;
using InfoSociale.Core.Analysis;

namespace InfoSociale.Core.Search;

// An entry's display text made ready for snippets: the title, the cleaned summary, and each body
// sentence with its analysed terms. Made once per entry shown, then kept (see KnowledgeSearch).
internal sealed record EntryText(string Title, string Summary, IReadOnlyList<(string Sentence, string Terms)> BodySentences)
{
    public static EntryText From(string title, string summary, string body, FrenchAnalyzer analyzer) => new(
        title,
        SnippetMaker.Clean(summary),
        SnippetMaker.Sentences(body)
            .Select(sentence => (sentence, TermText.Join(analyzer.Terms(sentence))))
            .ToList());
}

// A short passage of the entry, with its accents, that shows why it matched: the summary when it holds
// a matched term, else the body sentence holding the most. Markdown marks are removed.
internal static partial class SnippetMaker
{
    public const int MaxLength = 200;

    // summaryMatches: the index already knows whether the analysed summary holds a matched term.
    public static string Make(EntryText text, IReadOnlySet<string> matchedTerms, bool summaryMatches)
    {
        if (summaryMatches) return Shorten(text.Summary);
        var best = text.Summary;
        var bestCount = 0;
        foreach (var (sentence, terms) in text.BodySentences)
        {
            var count = matchedTerms.Count(term => terms.Contains(" " + term + " ", StringComparison.Ordinal));
            if (count > bestCount) (best, bestCount) = (sentence, count);
        }
        return Shorten(best);
    }

    public static IEnumerable<string> Sentences(string body) =>
        SentenceEnd().Split(body).Select(Clean).Where(sentence => sentence.Length > 0);

    public static string Clean(string text) => Spaces().Replace(MarkdownMarks().Replace(text, " "), " ").Trim();

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
