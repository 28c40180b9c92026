using System.CommandLine;
using System.Text.Json;
using InfoSociale.Core;
using InfoSociale.Core.Analysis;
using InfoSociale.Core.KnowledgeBase;
using InfoSociale.Core.KnowledgeBase.Build;
using InfoSociale.Core.KnowledgeBase.Validation;
using Spectre.Console;

namespace InfoSociale.Bot.Cli;

// kb validate | build | export --jsonl | stats: the knowledge-base verbs for staff and CI.
public static class KbCommands
{
    public static Command Build()
    {
        var kb = new Command("kb", "Knowledge base: check the YAML entries, compile them, export them, count them.");
        kb.Subcommands.Add(Validate());
        kb.Subcommands.Add(BuildArtifacts());
        kb.Subcommands.Add(Export());
        kb.Subcommands.Add(Stats());
        kb.Subcommands.Add(KbLintCommand.Create());
        kb.Subcommands.Add(KbReportCommand.Create());
        return kb;
    }

    private static Option<DirectoryInfo> KbOption() => new("--kb")
    {
        Description = "Knowledge-base folder (default: knowledge-base/ of the repository).",
        DefaultValueFactory = _ => new DirectoryInfo(ProjectPaths.KnowledgeBase),
    };

    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    private static Command Validate()
    {
        var kbOption = KbOption();
        var errorsOnly = new Option<bool>("--errors-only") { Description = "Print only the errors, not the warnings (the summary still counts both)." };
        var command = new Command("validate", "Check every entry; print each problem as file:line: error|warning: message. Exit 1 on errors.")
        {
            kbOption, errorsOnly,
        };
        command.SetAction(parse => Guarded(parse, () =>
        {
            var validated = KnowledgeBaseValidator.LoadAndValidate(parse.GetValue(kbOption)!.FullName, Today);
            var output = parse.InvocationConfiguration.Output;
            foreach (var diagnostic in validated.Diagnostics)
                if (!parse.GetValue(errorsOnly) || diagnostic.Severity == Severity.Error) output.WriteLine(diagnostic);
            output.WriteLine(Summary(validated));
            return validated.HasErrors ? 1 : 0;
        }));
        return command;
    }

    private static Command BuildArtifacts()
    {
        var kbOption = KbOption();
        var outOption = new Option<DirectoryInfo>("--out")
        {
            Description = "Artifact folder (default: data/kb/ of the repository).",
            DefaultValueFactory = _ => new DirectoryInfo(KnowledgeBaseBuild.DefaultOutputFolder),
        };
        var command = new Command("build", "Validate, then compile the knowledge base into the artifacts the bot loads (entries.json, search-index/). Refuses on errors.")
        {
            kbOption, outOption,
        };
        command.SetAction(parse => Guarded(parse, () =>
        {
            var kb = parse.GetValue(kbOption)!.FullName;
            var result = KnowledgeBaseBuild.For(kb).Run(kb, parse.GetValue(outOption)!.FullName, Today);
            var (output, error) = (parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
            if (!result.Built)
            {
                foreach (var diagnostic in result.Validated.Diagnostics.Where(d => d.Severity == Severity.Error)) error.WriteLine(diagnostic);
                error.WriteLine($"{Summary(result.Validated)}: nothing built; fix the errors first (./infosociale kb validate).");
                return 1;
            }
            foreach (var file in result.WrittenFiles) output.WriteLine($"wrote {file}");
            output.WriteLine(Summary(result.Validated));
            return 0;
        }));
        return command;
    }

    private static Command Export()
    {
        var kbOption = KbOption();
        var jsonlOption = new Option<bool>("--jsonl") { Description = "One JSON object per line: id, territory, kind, title, text, keywords." };
        var command = new Command("export", "Print every entry for other tools (needs a knowledge base without errors).") { kbOption, jsonlOption };
        command.SetAction(parse => Guarded(parse, () =>
        {
            var error = parse.InvocationConfiguration.Error;
            if (!parse.GetValue(jsonlOption))
            {
                error.WriteLine("kb export: choose an output format; the only one is --jsonl.");
                return 2;
            }
            var validated = KnowledgeBaseValidator.LoadAndValidate(parse.GetValue(kbOption)!.FullName, Today);
            if (validated.HasErrors)
            {
                error.WriteLine($"{Summary(validated)}: nothing exported; run ./infosociale kb validate and fix the errors.");
                return 1;
            }
            foreach (var entry in validated.Catalog.Entries)
                parse.InvocationConfiguration.Output.WriteLine(ExportedEntry.From(entry).ToJsonLine());
            return 0;
        }));
        return command;
    }

    private static Command Stats()
    {
        var kbOption = KbOption();
        var jsonOption = new Option<bool>("--json") { Description = "Print the counts as one JSON object." };
        var command = new Command("stats", "Count entries per territory, kind, theme and public, with the number of errors and warnings.")
        {
            kbOption, jsonOption,
        };
        command.SetAction(parse => Guarded(parse, () =>
        {
            var stats = KnowledgeBaseStats.Of(KnowledgeBaseValidator.LoadAndValidate(parse.GetValue(kbOption)!.FullName, Today));
            var output = parse.InvocationConfiguration.Output;
            if (parse.GetValue(jsonOption))
            {
                output.WriteLine(JsonSerializer.Serialize(stats, EntriesJson.Options));
                return 0;
            }
            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output) });
            var table = new Table().AddColumn("group").AddColumn("value").AddColumn(new TableColumn("entries").RightAligned());
            foreach (var (group, counts) in new[] { ("territory", stats.Territories), ("kind", stats.Kinds), ("theme", stats.Themes), ("public", stats.Publics) })
            {
                if (table.Rows.Count > 0) table.AddEmptyRow();
                foreach (var (value, count) in counts) table.AddRow(group, Markup.Escape(value), count.ToString());
            }
            console.Write(table);
            output.WriteLine($"{stats.Entries} entries, {stats.Errors} errors, {stats.Warnings} warnings");
            return 0;
        }));
        return command;
    }

    private static string Summary(LoadedKnowledgeBase validated) =>
        $"{validated.Catalog.Entries.Count} entries, {validated.ErrorCount} errors, {validated.WarningCount} warnings";

    // Operator mistakes (a missing folder, an unwritable output, a bad line in the analysis word lists) in plain
    // words, never a stack trace.
    private static int Guarded(ParseResult parse, Func<int> verb)
    {
        try
        {
            return verb();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or AnalysisDataException or Core.Search.SearchIndexException)
        {
            parse.InvocationConfiguration.Error.WriteLine($"{parse.CommandResult.Command.Name}: {e.Message}");
            return 1;
        }
    }
}
