using System.Diagnostics;
using InfoSociale.Core;
using InfoSociale.Tests.TestSupport;

namespace InfoSociale.Tests.Cli;

// `infosociale chat` as a separate process with piped stdin, as a script or a test would run it.
public sealed class ChatCommandTests : IDisposable
{
    private readonly TempFolder _data = new();

    public void Dispose() => _data.Dispose();

    private async Task<(int ExitCode, string Output, string Error)> ChatAsync(string input, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = ProjectPaths.Root,
            Environment = { ["INFOSOCIALE_HOME"] = ProjectPaths.Root, ["DOTNET_NOLOGO"] = "1" },
        };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "InfoSociale.Bot.dll"), "chat", "--data", _data.Path }.Concat(arguments))
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        await process.StandardInput.WriteAsync(input);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await error);
    }

    [Fact]
    public async Task Talks_with_piped_lines_numbers_the_buttons_and_ends_at_the_end_of_input()
    {
        var (exitCode, output, error) = await ChatAsync("aide pour payer mon loyer\n7\n");

        error.Should().BeEmpty();
        exitCode.Should().Be(0);
        output.Should().Contain("vie privée");
        output.Should().Contain("Voici ce que j'ai trouvé pour « aide pour payer mon loyer » :");
        output.Should().Contain("┌ Allocation de logement (Prestation)");
        output.Should().Contain("│ 1. Plus de détails");
        output.Should().Contain("4. Plus de détails   5. Où aller ?   6. Une autre question   7. Parler à une personne");
        output.Should().Contain("vous> Parler à une personne").And.Contain("Pour parler à une personne, vous pouvez contacter");
    }

    [Fact]
    public async Task Shows_markdown_as_text_and_names_the_entry_each_details_button_opens()
    {
        var (_, output, _) = await ChatAsync("aide pour payer mon loyer\n1\n");

        output.Should().Contain("│ 1. Plus de détails : Allocation de logement");
        output.Split('\n').Where(line => line.Contains("Plus de détails :")).Should().OnlyHaveUniqueItems().And.HaveCountGreaterThan(1);
        output.Should().NotContainAny("###", "**", "](", "\\");
    }

    [Fact]
    public async Task An_empty_line_gets_a_short_prompt()
    {
        var (exitCode, output, _) = await ChatAsync("\n   \n");

        exitCode.Should().Be(0);
        output.Split('\n').Count(line => line == "Écrivez votre question, ou tapez le numéro d'un bouton.").Should().Be(2);
    }

    [Fact]
    public async Task Typing_a_card_number_shows_that_entry_in_detail()
    {
        var (_, output, _) = await ChatAsync("aide pour payer mon loyer\n1\n");

        output.Should().Contain("vous> Allocation de logement").And.Contain("Comment faire");
    }

    [Fact]
    public async Task Answers_for_the_territory_asked()
    {
        var (exitCode, output, _) = await ChatAsync("", "--territory", "paris");

        exitCode.Should().Be(0);
        output.Should().Contain("l'assistant d'orientation sociale de Paris");
    }

    [Fact]
    public async Task An_unknown_territory_is_refused_in_plain_words()
    {
        var (exitCode, output, error) = await ChatAsync("", "--territory", "atlantide");

        exitCode.Should().Be(2);
        output.Should().BeEmpty();
        error.Trim().Should().Be("chat: unknown territory 'atlantide' (known: ge, paris).");
    }
}
