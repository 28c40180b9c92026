using System.CommandLine;
using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Serialization;
using InfoSociale.Core;
using InfoSociale.Core.Analysis;
using InfoSociale.Core.KnowledgeBase;
using InfoSociale.Core.KnowledgeBase.Build;
using InfoSociale.Core.Search;
using InfoSociale.Core.Search.Evaluation;
using Spectre.Console;

namespace InfoSociale.Bot.Cli;

// search | eval | bench search: the search engine from the command line. Each verb opens
// data/kb/search-index/, building it first when it is missing or older than the knowledge-base files.
public static class SearchCommands
{
    public static IEnumerable<Command> All() => [Search(), Eval(), Bench()];

    private static readonly JsonSerializerOptions Json = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    private static Option<DirectoryInfo> KbOption() => new("--kb")
    {
        Description = "Knowledge-base folder (default: knowledge-base/ of the repository).",
        DefaultValueFactory = _ => new DirectoryInfo(ProjectPaths.KnowledgeBase),
    };

    private static Option<DirectoryInfo> IndexFolderOption() => new("--out")
    {
        Description = "Artifact folder holding search-index/ (default: data/kb/ of the repository).",
        DefaultValueFactory = _ => new DirectoryInfo(KnowledgeBaseBuild.DefaultOutputFolder),
    };

    private static Command Search()
    {
        var (kbOption, outOption) = (KbOption(), IndexFolderOption());
        var territoryOption = new Option<string>("--territory") { Description = "Territory id (ge, paris).", DefaultValueFactory = _ => "ge" };
        var topOption = new Option<int>("--top") { Description = "Number of results (1-50).", DefaultValueFactory = _ => 5 };
        var jsonOption = new Option<bool>("--json") { Description = "Print one JSON line instead of a table." };
        var explainOption = new Option<bool>("--explain") { Description = "Also show the best candidates with the quality the no-answer rule judges." };
        var queryArgument = new Argument<string[]>("query")
        {
            Description = "The question. Without it, one question per line is read from standard input and one JSON line is printed per question.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var command = new Command("search", "Search the knowledge base as a resident would.")
        {
            kbOption, outOption, territoryOption, topOption, jsonOption, explainOption, queryArgument,
        };
        command.SetAction(parse => Guarded(parse, () =>
        {
            var top = parse.GetValue(topOption);
            if (top is < 1 or > 50) return Fail(parse, "search: --top must be between 1 and 50.", 2);
            if ((parse.GetValue(queryArgument) ?? []).Length == 0 && !Console.IsInputRedirected)
                parse.InvocationConfiguration.Error.WriteLine(
                    "search: no question given, so questions are read here, one per line (Ctrl-D to end). Or: ./infosociale search \"loyer trop cher\"");
            using var search = Open(parse, kbOption, outOption);
            var territory = parse.GetValue(territoryOption)!;
            if (!search.Territories.Contains(territory))
                return Fail(parse, $"search: unknown territory '{territory}'; the index holds {string.Join(", ", search.Territories)}.", 2);
            var output = parse.InvocationConfiguration.Output;
            var words = parse.GetValue(queryArgument) ?? [];
            if (words.Length == 0) return AnswerLines(search, Console.In, output, territory, top);
            var query = string.Join(' ', words);
            var hits = search.Search(new SearchRequest(query, territory, top));
            if (parse.GetValue(jsonOption))
            {
                output.WriteLine(JsonLine(query, hits));
                return 0;
            }
            WriteTable(output, query, hits, search.Plan(query));
            if (parse.GetValue(explainOption))
            {
                output.WriteLine($"no-answer rule: the best candidate needs a headline match, quality >= {search.NoAnswer.MinQuality} and a word not only guessed");
                foreach (var candidate in search.Explain(new SearchRequest(query, territory, top)))
                    output.WriteLine($"  {candidate.Id}: score {candidate.Score:F3}, quality {candidate.Quality:F3}, headline {(candidate.Headline ? "yes" : "no")}, would answer {(candidate.Answers ? "yes" : "no")}");
            }
            return 0;
        }));
        return command;
    }

    private static Command Eval()
    {
        var (kbOption, outOption) = (KbOption(), IndexFolderOption());
        var fileArgument = new Argument<FileInfo?>("file")
        {
            Description = "Query set: query<TAB>territory<TAB>id|id or NONE; '#' lines are comments (default: tests/eval/dev-queries.tsv).",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var command = new Command("eval", "Run a query set and print MRR@10, success@1/3/5, no-answer accuracy, then the misses.")
        {
            kbOption, outOption, fileArgument,
        };
        command.SetAction(parse => Guarded(parse, () =>
        {
            var queries = QuerySet.Load(parse.GetValue(fileArgument)?.FullName ?? ProjectPaths.DevQueries);
            using var search = Open(parse, kbOption, outOption);
            var report = SearchEvaluator.Run(search, queries);
            var output = parse.InvocationConfiguration.Output;
            output.WriteLine($"queries: {report.AnswerableCount} with an answer, {report.NoAnswerCount} NONE");
            output.WriteLine($"MRR@10:       {report.Mrr10:F3}");
            output.WriteLine($"success@1:    {report.SuccessAt(1):F3}");
            output.WriteLine($"success@3:    {report.SuccessAt(3):F3}");
            output.WriteLine($"success@5:    {report.SuccessAt(5):F3}");
            output.WriteLine($"no-answer accuracy (NONE rows with no result): {report.NoAnswerAccuracy:F3}");
            output.WriteLine($"rows that wrongly got no result: {report.WronglyEmpty.Count}");
            foreach (var outcome in report.WronglyEmpty) output.WriteLine($"  line {outcome.Query.Line}: {outcome.Query.Query}");
            output.WriteLine($"misses (not right at rank 1): {report.Misses.Count}");
            foreach (var miss in report.Misses)
            {
                var expected = miss.Query.ExpectsNoAnswer ? QuerySet.NoAnswer : string.Join('|', miss.Query.ExpectedIds);
                var rank = miss.Rank > 0 ? $"rank {miss.Rank}" : "absent";
                var got = miss.ResultIds.Count == 0 ? "(no result)" : string.Join(", ", miss.ResultIds.Take(3));
                output.WriteLine($"  line {miss.Query.Line} [{miss.Query.Territory}] {miss.Query.Query} -> expected {expected} ({rank}); got {got}");
            }
            return 0;
        }));
        return command;
    }

    private static Command Bench()
    {
        var (kbOption, outOption) = (KbOption(), IndexFolderOption());
        var queriesOption = new Option<FileInfo?>("--queries") { Description = "Time this query set (eval format) instead of the built-in one." };
        var jsonOption = new Option<bool>("--json") { Description = "Print the figures as one JSON object on the last line." };
        var sizeOption = new Option<int>("--synthetic") { Description = "Entries of the synthetic knowledge base.", DefaultValueFactory = _ => 100_000 };
        var searchBench = new Command("search", "p50/p99 latency and queries per second on the demo KB and on a synthetic 100,000-entry KB, build time, index size, memory.")
        {
            kbOption, outOption, queriesOption, jsonOption, sizeOption,
        };
        searchBench.SetAction(parse => Guarded(parse, () =>
        {
            var output = parse.InvocationConfiguration.Output;
            var kbFolder = parse.GetValue(kbOption)!.FullName;
            using var demo = Open(parse, kbOption, outOption);
            var entries = KnowledgeBaseLoader.Load(kbFolder).Catalog.Entries;
            var requests = BenchRequests(parse.GetValue(queriesOption), demo);

            var demoFigures = LatencyBench.Measure(demo, requests, rounds: 20);
            output.WriteLine($"demo KB ({entries.Count} entries, {requests.Count} queries): p50 {demoFigures.P50Ms:F3} ms, p99 {demoFigures.P99Ms:F3} ms, {demoFigures.QueriesPerSecond:F0} queries/s");

            var size = parse.GetValue(sizeOption);
            var folder = Directory.CreateTempSubdirectory("infosociale-bench-").FullName;
            try
            {
                var synthetic = SyntheticKnowledgeBase.Generate(entries, size);
                var analyzer = FrenchAnalyzer.Load(SearchIndexArtifact.AnalysisFolder(kbFolder));
                var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
                var build = SearchIndexBuilder.Build(synthetic, analyzer, Path.Combine(folder, SearchIndexArtifact.FolderName));
                var buildCpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
                synthetic = null;
                GC.Collect();
                using var large = KnowledgeSearch.Open(Path.Combine(folder, SearchIndexArtifact.FolderName), analyzer);
                var largeFigures = LatencyBench.Measure(large, requests, rounds: 10);
                var indexMb = build.Bytes / 1024.0 / 1024.0;
                output.WriteLine($"synthetic KB ({build.Entries} entries): build {build.Duration.TotalSeconds:F1} s ({buildCpu.TotalSeconds:F1} s CPU on {Environment.ProcessorCount} cores), index {indexMb:F1} MB, " +
                                 $"p50 {largeFigures.P50Ms:F3} ms, p99 {largeFigures.P99Ms:F3} ms, {largeFigures.QueriesPerSecond:F0} queries/s");
                GC.Collect();
                var process = Process.GetCurrentProcess();
                var memoryMb = process.WorkingSet64 / 1024.0 / 1024.0;
                output.WriteLine($"process memory: working set {memoryMb:F0} MB (peak {process.PeakWorkingSet64 / 1024.0 / 1024.0:F0} MB during the build), " +
                                 $"managed heap {GC.GetTotalMemory(false) / 1024.0 / 1024.0:F0} MB");
                if (parse.GetValue(jsonOption))
                {
                    // The 100k default keeps the key the figures have always had; another --synthetic size names its own.
                    var syntheticKey = build.Entries == 100_000 ? "synthetic_100k" : $"synthetic_{build.Entries}";
                    output.WriteLine(JsonSerializer.Serialize(new Dictionary<string, object>
                    {
                        ["demo"] = new { p50_ms = Round(demoFigures.P50Ms), p99_ms = Round(demoFigures.P99Ms), qps = Math.Round(demoFigures.QueriesPerSecond) },
                        [syntheticKey] = new
                        {
                            p50_ms = Round(largeFigures.P50Ms), p99_ms = Round(largeFigures.P99Ms), qps = Math.Round(largeFigures.QueriesPerSecond),
                            build_s = Math.Round(build.Duration.TotalSeconds, 2), index_mb = Math.Round(indexMb, 1),
                        },
                        ["memory_mb"] = Math.Round(memoryMb),
                    }));
                }
            }
            finally
            {
                Directory.Delete(folder, recursive: true);
            }
            return 0;
        }));
        var bench = new Command("bench", "Measure speed and print the figures (search; other groups add their own).");
        bench.Subcommands.Add(searchBench);
        return bench;
    }

    // The built-in set: the dev query set when present, else questions made from the entries' titles.
    private static List<SearchRequest> BenchRequests(FileInfo? file, KnowledgeSearch search)
    {
        var path = file?.FullName ?? ProjectPaths.DevQueries;
        if (file is not null || File.Exists(path))
            return QuerySet.Load(path).Select(query => new SearchRequest(query.Query, query.Territory, 5)).ToList();
        return BuiltInQueries.Select(query => new SearchRequest(query, search.Territories[0], 5)).ToList();
    }

    private static readonly string[] BuiltInQueries =
    [
        "aide au logement", "loyer trop cher", "hébergement d'urgence cette nuit", "inscription au chômage", "jai pa de kwa manger",
        "caisse maladie trop chère", "violence conjugale", "cours de français", "place en crèche", "rente AVS complément",
        "lokement urgense", "quelle est la météo demain", "conseil juridique gratuit", "dettes et factures", "aide à domicile",
    ];

    private static double Round(double value) => Math.Round(value, 3);

    private static KnowledgeSearch Open(ParseResult parse, Option<DirectoryInfo> kbOption, Option<DirectoryInfo> outOption)
    {
        var (search, built) = SearchIndexArtifact.OpenFresh(parse.GetValue(kbOption)!.FullName, parse.GetValue(outOption)!.FullName);
        if (built is not null)
            parse.InvocationConfiguration.Error.WriteLine(
                $"built the search index: {built.Entries} entries in {built.Duration.TotalSeconds:F1} s ({built.Bytes / 1024} KB)");
        return search;
    }

    // One JSON line per question line, in order, until the end of the input.
    internal static int AnswerLines(IKnowledgeSearch search, TextReader input, TextWriter output, string territory, int top)
    {
        for (var line = input.ReadLine(); line is not null; line = input.ReadLine())
            output.WriteLine(JsonLine(line, search.Search(new SearchRequest(line, territory, top))));
        return 0;
    }

    private static string JsonLine(string query, IReadOnlyList<SearchHit> hits) =>
        JsonSerializer.Serialize(new JsonResult(query, hits.Select(hit => new JsonHit(hit.Id, hit.Score, hit.Title)).ToList()), Json);

    private sealed record JsonResult(string Query, IReadOnlyList<JsonHit> Results);

    private sealed record JsonHit(string Id, double Score, string Title);

    private static void WriteTable(TextWriter output, string query, IReadOnlyList<SearchHit> hits, QueryPlan plan)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output) });
        if (Console.IsOutputRedirected || output != Console.Out) console.Profile.Width = 200;
        var words = plan.Groups.Select(group => $"{group.Written} ({string.Join(", ", group.Terms.Select(term => term.Weight < 1 ? $"{term.Text}×{term.Weight:0.##}" : term.Text))})");
        console.MarkupLine($"[bold]{Markup.Escape(query)}[/] → {Markup.Escape(string.Join("; ", words))}");
        if (hits.Count == 0)
        {
            console.MarkupLine("[yellow]no answer[/]");
            return;
        }
        var table = new Table().AddColumn("#").AddColumn("id").AddColumn(new TableColumn("score").RightAligned()).AddColumn("title").AddColumn("matched").AddColumn("snippet");
        foreach (var (hit, rank) in hits.Select((hit, i) => (hit, i + 1)))
            table.AddRow(rank.ToString(), Markup.Escape(hit.Id), hit.Score.ToString("F2"), Markup.Escape(hit.Title),
                Markup.Escape(string.Join(", ", hit.MatchedTerms)), Markup.Escape(hit.Snippet));
        console.Write(table);
    }

    private static int Fail(ParseResult parse, string message, int code)
    {
        parse.InvocationConfiguration.Error.WriteLine(message);
        return code;
    }

    // Operator mistakes (missing file, bad word list, unreadable index) in plain words, never a stack trace.
    private static int Guarded(ParseResult parse, Func<int> verb)
    {
        try
        {
            return verb();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or AnalysisDataException
                                      or SearchIndexException or QuerySetException)
        {
            parse.InvocationConfiguration.Error.WriteLine($"{parse.CommandResult.Command.Name}: {e.Message}");
            return 1;
        }
    }
}
