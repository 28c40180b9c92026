using System.CommandLine;
using InfoSociale.Core;
using InfoSociale.Core.Dialogs;
using InfoSociale.Core.KnowledgeBase;
using InfoSociale.Core.Orientation.Guided;
using InfoSociale.Core.PlainLanguage;

namespace InfoSociale.Bot.Cli;

// kb lint: the plain-language (FALC) pre-screen of every resident-facing text. Errors (hard rules) fail.
public static class KbLintCommand
{
    public static Command Create()
    {
        var kbOption = new Option<DirectoryInfo>("--kb")
        {
            Description = "Knowledge-base folder (default: knowledge-base/ of the repository).",
            DefaultValueFactory = _ => new DirectoryInfo(ProjectPaths.KnowledgeBase),
        };
        var errorsOnly = new Option<bool>("--errors-only") { Description = "Print only the errors, not the warnings." };
        var command = new Command("lint",
            "Check summaries, bot messages and parcours questions against plain-language rules (entry bodies: abbreviations only); print a report. Exit 1 on errors.")
        {
            kbOption, errorsOnly,
        };
        command.SetAction(parse =>
        {
            var (output, error) = (parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
            try
            {
                var folder = parse.GetValue(kbOption)!.FullName;
                var report = Lint(folder);
                foreach (var (source, finding) in report.Findings)
                    if (!parse.GetValue(errorsOnly) || finding.Severity == LintSeverity.Error)
                        output.WriteLine($"{source}: {(finding.Severity == LintSeverity.Error ? "error" : "warning")}: {finding.Rule}: {finding.Message}");
                output.WriteLine($"{report.TextsChecked} texts, {report.Errors} errors, {report.Warnings} warnings");
                return report.Errors > 0 ? 1 : 0;
            }
            catch (Exception e) when (e is IOException or DataFileException or MessageCatalogException)
            {
                error.WriteLine($"kb lint: {e.Message}");
                return 1;
            }
        });
        return command;
    }

    public static LintReport Lint(string knowledgeBaseFolder)
    {
        var glossary = Glossary.Load(Path.Combine(knowledgeBaseFolder, "analysis", "glossaire.txt"));
        var linter = PlainLanguageLinter.Default(glossary);
        var messagesFile = Path.Combine(knowledgeBaseFolder, "messages", "fr.yaml");
        var knowledgeBase = KnowledgeBaseLoader.Load(knowledgeBaseFolder);
        var texts = LintSources.Summaries(knowledgeBase)
            .Concat(LintSources.Needs(knowledgeBase))
            .Concat(LintSources.Messages(Messages.Load(messagesFile), "messages/fr.yaml"))
            .Concat(LintSources.Parcours(ParcoursLoader.LoadFolder(Path.Combine(knowledgeBaseFolder, "parcours"))));
        var report = linter.Check(texts);
        var bodies = PlainLanguageLinter.Abbreviations(glossary).Check(LintSources.Bodies(knowledgeBase));
        return new LintReport(report.TextsChecked + bodies.TextsChecked, [.. report.Findings, .. bodies.Findings]);
    }
}
