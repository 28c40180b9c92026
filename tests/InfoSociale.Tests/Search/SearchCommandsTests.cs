using System.CommandLine;
using System.Text.Json;
using InfoSociale.Bot.Cli;
using InfoSociale.Core;
using InfoSociale.Core.Search;

namespace InfoSociale.Tests.Search;

// The search verbs on the shipped knowledge base, with the index built into a temporary folder.
public sealed class SearchCommandsTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("infosociale-cli-").FullName;

    private (int Exit, string Output, string Error) Run(params string[] args)
    {
        var (output, error) = (new StringWriter(), new StringWriter());
        var exit = VerbTable.Build().Parse([.. args, "--out", folder]).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public void Builds_the_index_when_missing_then_reuses_it()
    {
        var first = Run("search", "--json", "loyer");
        var second = Run("search", "--json", "loyer");

        Directory.Exists(Path.Combine(folder, SearchIndexArtifact.FolderName)).Should().BeTrue();
        first.Error.Should().StartWith("built the search index");
        second.Error.Should().BeEmpty();
        second.Output.Should().Be(first.Output);
    }

    [Fact]
    public void Prints_one_json_line_with_id_score_and_title()
    {
        var (exit, output, _) = Run("search", "--json", "--top", "3", "aide", "au", "logement");

        exit.Should().Be(0);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().ContainSingle();
        using var json = JsonDocument.Parse(lines[0]);
        json.RootElement.GetProperty("query").GetString().Should().Be("aide au logement");
        var results = json.RootElement.GetProperty("results").EnumerateArray().ToList();
        results.Should().NotBeEmpty().And.HaveCountLessThanOrEqualTo(3);
        results.Should().OnlyContain(result =>
            result.GetProperty("id").GetString()!.StartsWith("ge-")
            && result.GetProperty("score").GetDouble() > 0
            && result.GetProperty("title").GetString()!.Length > 0);
    }

    [Fact]
    public void Reads_one_question_per_line_and_answers_in_order()
    {
        Run("search", "--json", "loyer");
        using var search = KnowledgeSearch.Open(Path.Combine(folder, SearchIndexArtifact.FolderName),
            Core.Analysis.FrenchAnalyzer.Load(SearchIndexArtifact.AnalysisFolder(ProjectPaths.KnowledgeBase)));
        var output = new StringWriter();

        var exit = SearchCommands.AnswerLines(search, new StringReader("hébergement d'urgence\nquelle est la météo demain\n\"NEAR(*) OR\n"), output, "paris", 5);

        exit.Should().Be(0);
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement).ToList();
        lines.Select(line => line.GetProperty("query").GetString()).Should().Equal("hébergement d'urgence", "quelle est la météo demain", "\"NEAR(*) OR");
        lines[0].GetProperty("results").GetArrayLength().Should().BePositive();
        lines[1].GetProperty("results").GetArrayLength().Should().Be(0);
    }

    [Fact]
    public void Prints_a_table_or_no_answer_for_a_person()
    {
        var answered = Run("search", "allocation", "logement");
        var unanswered = Run("search", "quelle", "est", "la", "météo", "demain");

        answered.Output.Should().Contain("ge-allocation-logement").And.Contain("score");
        unanswered.Output.Should().Contain("no answer");
    }

    [Theory]
    [InlineData("--territory", "lyon")]
    [InlineData("--top", "0")]
    public void Refuses_bad_options_in_plain_words(string option, string value)
    {
        var (exit, _, error) = Run("search", option, value, "loyer");

        exit.Should().Be(2);
        error.Should().Contain("search: ").And.NotContain("   at ");
    }

    [Fact]
    public void Evaluates_a_query_set()
    {
        var set = Path.Combine(folder, "set.tsv");
        File.WriteAllLines(set, ["# comment", "allocation logement\tge\tge-allocation-logement", "resultats du loto\tparis\tNONE"]);

        var (exit, output, _) = Run("eval", set);

        exit.Should().Be(0);
        output.Should().Contain("MRR@10:       1.000").And.Contain("success@3:    1.000")
            .And.Contain("no-answer accuracy (NONE rows with no result): 1.000").And.Contain("misses (not right at rank 1): 0");
    }

    [Fact]
    public void Reports_a_bad_query_set_line()
    {
        var set = Path.Combine(folder, "bad.tsv");
        File.WriteAllLines(set, ["allocation logement\tge"]);

        var (exit, _, error) = Run("eval", set);

        exit.Should().Be(1);
        error.Should().Contain("bad.tsv:1: expected 3 tab-separated columns");
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
