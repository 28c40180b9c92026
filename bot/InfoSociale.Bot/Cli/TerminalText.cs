using System.Text.RegularExpressions;

namespace InfoSociale.Bot.Cli;

// The bot's Markdown as a terminal shows it: headings, emphasis and escapes become plain text, links show where
// they lead, and lines and list marks stay (MarkdownText.ToPlain flattens them for indexing; a reader needs them).
public static partial class TerminalText
{
    public static string From(string markdown) =>
        string.Join('\n', markdown.Replace("\r\n", "\n").Split('\n').Select(Line));

    private static string Line(string line)
    {
        line = Heading().Replace(line, "$1 :");
        line = Link().Replace(line, match => match.Groups[2].Value.StartsWith("tel:", StringComparison.Ordinal) || match.Groups[1].Value == match.Groups[2].Value
            ? match.Groups[1].Value
            : $"{match.Groups[1].Value} ({match.Groups[2].Value})");
        line = Emphasis().Replace(line, "$2");
        return Escape().Replace(line, "$1");
    }

    [GeneratedRegex(@"^\s{0,3}#{1,6}\s+(.*?)\s*:?\s*$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"\[([^\]]+)\]\(([^)\s]+)\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"(\*\*|__)(.+?)\1")]
    private static partial Regex Emphasis();

    // CommonMark backslash escapes ("\<" in a quoted message) show as the sign alone.
    [GeneratedRegex(@"\\([!-/:-@\[-`{-~])")]
    private static partial Regex Escape();
}
