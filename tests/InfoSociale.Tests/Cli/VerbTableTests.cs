using System.CommandLine;
using System.Diagnostics;
using InfoSociale.Bot.Cli;
using InfoSociale.Tests.TestSupport;

namespace InfoSociale.Tests.Cli;

// What the program says about itself: usage lines, an unknown verb, a verb waiting for input.
public class VerbTableTests
{
    private static (int Exit, string Output, string Error) Run(params string[] args)
    {
        var (output, error) = (new StringWriter(), new StringWriter());
        var exit = VerbTable.Build().Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (exit, output.ToString(), error.ToString());
    }

    private static IEnumerable<string[]> CommandPaths(Command command, string[] path)
    {
        yield return path;
        foreach (var sub in command.Subcommands)
            foreach (var subPath in CommandPaths(sub, [.. path, sub.Name]))
                yield return subPath;
    }

    [Fact]
    public void Every_usage_line_names_the_program_as_it_is_run()
    {
        var paths = CommandPaths(VerbTable.Build(), []).ToList();

        paths.Should().HaveCountGreaterThan(10);
        foreach (var path in paths)
        {
            var (_, output, _) = Run([.. path, "--help"]);
            var usage = output.Split('\n').SkipWhile(line => line.Trim() != "Usage:").Skip(1).First().Trim();
            usage.Should().StartWith(string.Join(' ', ["./infosociale", .. path]), $"the help of '{string.Join(' ', path)}'");
            output.Should().NotContain("InfoSociale.Bot");
        }
    }

    [Fact]
    public void An_unknown_verb_gets_one_line_naming_the_verbs_then_the_help()
    {
        var (exit, output, error) = Run("frobnicate", "now");

        exit.Should().Be(2);
        error.Trim().Should().Be("./infosociale: 'frobnicate' is not a verb; the verbs are kb, serve, search, eval, bench, chat, tickets, purge.");
        output.Should().Contain("Usage:").And.Contain("./infosociale [command] [options]");
    }

    [Fact]
    public void A_misspelt_verb_gets_the_closest_one_suggested()
    {
        var (_, _, error) = Run("serch", "loyer");

        error.Should().Contain("'serch' is not a verb (did you mean 'search'?)");
    }

    [Fact]
    public void No_verb_prints_the_help_alone()
    {
        var (exit, output, error) = Run();

        exit.Should().Be(1);
        error.Should().BeEmpty();
        output.Should().Contain("Commands:").And.Contain("search");
    }

    [Fact]
    public async Task Search_without_a_question_on_a_terminal_says_it_reads_questions_there()
    {
        using var index = new TempFolder();
        var dll = Path.Combine(AppContext.BaseDirectory, "InfoSociale.Bot.dll");
        // `script` gives the program a terminal as standard input; it then waits there, so it is stopped once it has
        // spoken (without diagnostics pipes, which a stopped .NET process would leave in the temp folder).
        var start = new ProcessStartInfo("script") { RedirectStandardInput = true, RedirectStandardOutput = true };
        start.Environment["DOTNET_EnableDiagnostics"] = "0";
        start.ArgumentList.Add("-qec");
        start.ArgumentList.Add($"dotnet '{dll}' search --out '{index.Path}'");
        start.ArgumentList.Add("/dev/null");
        using var process = Process.Start(start)!;
        var said = new StringWriter();
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        try
        {
            while (await process.StandardOutput.ReadLineAsync(patience.Token) is { } line)
            {
                said.WriteLine(line);
                if (line.Contains("search: no question given")) break;
            }
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        said.ToString().Should().Contain("search: no question given, so questions are read here, one per line (Ctrl-D to end).");
    }
}
