using System.Net;
using System.Text;

namespace InfoSociale.Core.KnowledgeBase.Report;

// The editor's report as one self-contained, accessible HTML page: a heading and a captioned table per section,
// column headers with scope, a table of contents, no script, system colours with enough contrast.
public static class ReportHtml
{
    private const string Style = """
        body { font-family: system-ui, sans-serif; margin: 1rem 2rem; color: #1a1a1a; background: #fff; line-height: 1.4; }
        table { border-collapse: collapse; margin: 0.5rem 0 2rem; }
        caption { text-align: left; font-weight: bold; padding: 0.25rem 0; }
        th, td { border: 1px solid #767676; padding: 0.25rem 0.5rem; text-align: left; vertical-align: top; }
        th { background: #e8e8e8; }
        a { color: #0645ad; }
        """;

    public static string Render(EditorReport report)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>Knowledge-base report</title>\n<style>\n").Append(Style).Append("</style>\n</head>\n<body>\n<main>\n")
            .Append("<h1>Knowledge-base report</h1>\n")
            .Append($"<p>Made on {report.Today:yyyy-MM-dd} by <code>./infosociale kb report</code>.</p>\n")
            .Append("<nav aria-label=\"Sections\">\n<ul>\n");
        foreach (var section in report.Sections)
            html.Append($"<li><a href=\"#{section.Id}\">{Encode(section.Title)}</a> ({section.Rows.Count})</li>\n");
        html.Append("</ul>\n</nav>\n");
        foreach (var section in report.Sections) AppendSection(html, section);
        return html.Append("</main>\n</body>\n</html>\n").ToString();
    }

    private static void AppendSection(StringBuilder html, ReportSection section)
    {
        html.Append($"<section aria-labelledby=\"{section.Id}\">\n<h2 id=\"{section.Id}\">{Encode(section.Title)} ({section.Rows.Count})</h2>\n")
            .Append($"<p>{Encode(section.About)}</p>\n");
        if (section.Rows.Count == 0)
        {
            html.Append("<p>Nothing to list.</p>\n</section>\n");
            return;
        }
        html.Append($"<table>\n<caption>{Encode(section.Title)}</caption>\n<thead>\n<tr>");
        foreach (var column in section.Columns) html.Append($"<th scope=\"col\">{Encode(column)}</th>");
        html.Append("</tr>\n</thead>\n<tbody>\n");
        foreach (var row in section.Rows)
        {
            html.Append("<tr>");
            for (var i = 0; i < row.Count; i++)
                html.Append(i == 0 ? $"<th scope=\"row\">{Encode(row[i])}</th>" : $"<td>{Encode(row[i])}</td>");
            html.Append("</tr>\n");
        }
        html.Append("</tbody>\n</table>\n</section>\n");
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
