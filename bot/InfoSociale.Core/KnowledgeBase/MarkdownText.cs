using System.Text.RegularExpressions;

namespace InfoSociale.Core.KnowledgeBase;

// Markdown body -> plain text for export and indexing: "**Qui ?** Voir [le site](https://…)" -> "Qui ? Voir le site".
// Covers what entry bodies use (headings, emphasis, links, lists, quotes, code, tables); hand-written because no
// Markdown package is referenced and a full parser would be overkill for these short texts.
public static partial class MarkdownText
{
    public static string ToPlain(string markdown)
    {
        var lines = markdown.Replace("\r\n", "\n").Split('\n').Select(PlainLine).ToList();
        var text = string.Join("\n", lines).Trim();
        return BlankLines().Replace(text, "\n");
    }

    private static string PlainLine(string line)
    {
        if (TableRule().IsMatch(line)) return "";
        line = BlockPrefix().Replace(line, "");
        line = Image().Replace(line, "$1");
        line = Link().Replace(line, "$1");
        line = AutoLink().Replace(line, "$1");
        line = Emphasis().Replace(line, "$2");
        line = Code().Replace(line, "$1");
        line = line.Replace('|', ' ');
        return Spaces().Replace(line, " ").Trim();
    }

    // "# ", "> ", "- ", "* ", "+ ", "1. " at the start of a line
    [GeneratedRegex(@"^\s*(?:#{1,6}\s+|>\s?|[-*+]\s+|\d+[.)]\s+)+")]
    private static partial Regex BlockPrefix();

    [GeneratedRegex(@"!\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex Image();

    [GeneratedRegex(@"\[([^\]]+)\]\([^)]*\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"<(https?://[^>]+)>")]
    private static partial Regex AutoLink();

    [GeneratedRegex(@"(\*\*|__|\*|_)(?=\S)(.+?)(?<=\S)\1")]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"`([^`]*)`")]
    private static partial Regex Code();

    [GeneratedRegex(@"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")]
    private static partial Regex TableRule();

    [GeneratedRegex(@"[ \t]+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\n{2,}")]
    private static partial Regex BlankLines();
}
