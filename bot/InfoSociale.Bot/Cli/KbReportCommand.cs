using System.CommandLine;
using InfoSociale.Core;
using InfoSociale.Core.Dialogs;
using InfoSociale.Core.KnowledgeBase.Report;
using InfoSociale.Core.KnowledgeBase.Validation;

namespace InfoSociale.Bot.Cli;

// kb report [--html FILE]: what an editor works from (oldest checks, unverified entries, incomplete structures,
// places named but missing, validation and lint findings). Always exits 0 when it could read the data: it reports.
public static class KbReportCommand
{
    public static Command Create()
    {
        var kbOption = new Option<DirectoryInfo>("--kb")
        {
            Description = "Knowledge-base folder (default: knowledge-base/ of the repository).",
            DefaultValueFactory = _ => new DirectoryInfo(ProjectPaths.KnowledgeBase),
        };
        var htmlOption = new Option<FileInfo?>("--html") { Description = "Also write the report as an accessible HTML page to this file." };
        var command = new Command("report", "Print the editor's report: entries by age of last check, unverified entries, structures without address or hours, places named but missing, validation and lint findings.")
        {
            kbOption, htmlOption,
        };
        command.SetAction(parse =>
        {
            var (output, error) = (parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
            try
            {
                var folder = parse.GetValue(kbOption)!.FullName;
                var report = Build(folder, DateOnly.FromDateTime(DateTime.UtcNow));
                foreach (var section in report.Sections)
                {
                    output.WriteLine($"## {section.Title} ({section.Rows.Count})");
                    output.WriteLine(section.About);
                    if (section.Rows.Count > 0) output.WriteLine(string.Join('\t', section.Columns));
                    foreach (var row in section.Rows) output.WriteLine(string.Join('\t', row));
                    output.WriteLine();
                }
                if (parse.GetValue(htmlOption) is { } html)
                {
                    File.WriteAllText(html.FullName, ReportHtml.Render(report));
                    output.WriteLine($"wrote {html.FullName}");
                }
                return 0;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or DataFileException or MessageCatalogException)
            {
                error.WriteLine($"kb report: {e.Message}");
                return 1;
            }
        });
        return command;
    }

    public static EditorReport Build(string knowledgeBaseFolder, DateOnly today)
    {
        var validated = KnowledgeBaseValidator.LoadAndValidate(knowledgeBaseFolder, today);
        var placesFile = Path.Combine(knowledgeBaseFolder, "analysis", NamedPlaces.FileName);
        var places = File.Exists(placesFile) ? NamedPlaces.Load(placesFile) : [];
        return EditorReport.Of(validated, KbLintCommand.Lint(knowledgeBaseFolder), places, today);
    }
}
