using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace InfoSociale.Bot.Fiche;

// Entry bodies (Markdown) as safe HTML for the printed fiche: headings, lists, paragraphs, **bold**, https links.
// Hand-written like MarkdownText: entry bodies use only these forms, and every character is HTML-encoded first.
public static partial class MarkdownHtml
{
    public static string ToHtml(string markdown)
    {
        var html = new StringBuilder();
        string? openList = null;
        var paragraph = new List<string>();
        void Flush()
        {
            if (paragraph.Count > 0) html.Append("<p>").Append(string.Join(" ", paragraph)).Append("</p>\n");
            paragraph.Clear();
        }
        void CloseList()
        {
            if (openList is not null) html.Append("</").Append(openList).Append(">\n");
            openList = null;
        }
        foreach (var raw in markdown.Replace("\r\n", "\n").Split('\n'))
        {
            var line = raw.Trim();
            if (Heading().Match(line) is { Success: true } heading)
            {
                Flush(); CloseList();
                html.Append("<h2>").Append(Inline(heading.Groups[1].Value)).Append("</h2>\n");
            }
            else if (ListItem().Match(line) is { Success: true } item)
            {
                Flush();
                var kind = char.IsAsciiDigit(item.Groups[1].Value[0]) ? "ol" : "ul";
                if (openList != kind) { CloseList(); html.Append('<').Append(kind).Append(">\n"); openList = kind; }
                html.Append("<li>").Append(Inline(item.Groups[2].Value)).Append("</li>\n");
            }
            else if (line.Length == 0) { Flush(); CloseList(); }
            else { CloseList(); paragraph.Add(Inline(line)); }
        }
        Flush(); CloseList();
        return html.ToString();
    }

    // "**Qui ?** voir [le site](https://x.ch)" -> "<strong>Qui ?</strong> voir <a href="https://x.ch">le site</a>"
    private static string Inline(string text)
    {
        var encoded = WebUtility.HtmlEncode(text);
        encoded = Link().Replace(encoded, m => $"<a href=\"{m.Groups[2].Value}\">{m.Groups[1].Value}</a>");
        return Bold().Replace(encoded, "<strong>$1</strong>");
    }

    [GeneratedRegex(@"^#{1,6}\s+(.+)$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"^([-*+]|\d+[.)])\s+(.+)$")]
    private static partial Regex ListItem();

    [GeneratedRegex(@"\[([^\]]+)\]\((https://[^)\s&""<>]+)\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"\*\*(.+?)\*\*")]
    private static partial Regex Bold();
}
