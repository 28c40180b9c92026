using System.Text.Json;
using InfoSociale.Bot.Cli;
using InfoSociale.Core.KnowledgeBase.Build;

namespace InfoSociale.Tests.KnowledgeBase;

// The kb verbs run in-process through the verb table, on real fixture folders.
public class KbCommandsTests
{
    private static async Task<(int Exit, string Output, string Error)> Run(params string[] args)
    {
        var (output, error) = (new StringWriter(), new StringWriter());
        var exit = await VerbTable.Build().Parse(args).InvokeAsync(new() { Output = output, Error = error });
        return (exit, output.ToString(), error.ToString());
    }

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    [Fact]
    public async Task Validate_exits_0_and_prints_the_summary_on_a_clean_knowledge_base()
    {
        using var kb = new FixtureKnowledgeBase();

        var (exit, output, _) = await Run("kb", "validate", "--kb", kb.Folder);

        exit.Should().Be(0);
        Lines(output).Last().Should().MatchRegex(@"^5 entries, 0 errors, \d+ warnings$");
    }

    [Fact]
    public async Task Validate_exits_1_and_lists_every_problem_as_file_line_message()
    {
        using var kb = new FixtureKnowledgeBase("unknown-field");

        var (exit, output, _) = await Run("kb", "validate", "--kb", kb.Folder);

        exit.Should().Be(1);
        Lines(output).Should().Contain("knowledge-base/ge/structure/ge-str-accueil.yaml:16: error: unknown field 'adress' (did you mean 'address'?)");
        Lines(output).Last().Should().MatchRegex(@"^5 entries, 2 errors, \d+ warnings$");
    }

    [Fact]
    public async Task Validate_with_errors_only_hides_the_warnings_but_counts_them()
    {
        using var kb = new FixtureKnowledgeBase("unknown-field");

        var (exit, output, _) = await Run("kb", "validate", "--errors-only", "--kb", kb.Folder);

        exit.Should().Be(1);
        Lines(output).SkipLast(1).Should().NotBeEmpty().And.OnlyContain(line => line.Contains(": error: "));
        Lines(output).Should().Contain("knowledge-base/ge/structure/ge-str-accueil.yaml:16: error: unknown field 'adress' (did you mean 'address'?)");
        Lines(output).Last().Should().MatchRegex(@"^5 entries, \d+ errors, [1-9]\d* warnings$", "the summary still counts the warnings");
    }

    [Fact]
    public async Task Validate_says_in_plain_words_when_the_folder_is_missing()
    {
        var (exit, output, error) = await Run("kb", "validate", "--kb", "/nowhere/kb");

        exit.Should().Be(1);
        output.Should().BeEmpty();
        error.Trim().Should().Be("validate: knowledge-base folder not found: /nowhere/kb");
    }

    [Fact]
    public async Task Build_writes_entries_json_that_reads_back_into_the_same_catalog()
    {
        using var kb = new FixtureKnowledgeBase();
        var outFolder = Path.Combine(kb.Root, "out");

        var (exit, output, _) = await Run("kb", "build", "--kb", kb.Folder, "--out", outFolder);

        exit.Should().Be(0);
        Lines(output).First().Should().Be($"wrote {Path.Combine(outFolder, "entries.json")}");
        var original = Core.KnowledgeBase.KnowledgeBaseLoader.Load(kb.Folder).Catalog;
        var rebuilt = EntriesJson.Read(outFolder);
        rebuilt.Entries.Should().BeEquivalentTo(original.Entries, o => o.WithStrictOrdering());
        rebuilt.Territories.Should().BeEquivalentTo(original.Territories);
    }

    [Fact]
    public async Task Build_analyses_with_the_word_lists_of_the_knowledge_base_it_builds_not_the_repository_ones()
    {
        using var kb = new FixtureKnowledgeBase();
        File.AppendAllText(Path.Combine(kb.Folder, "analysis", "thesaurus.txt"), "\nloyer =>\n");

        var (exit, _, error) = await Run("kb", "build", "--kb", kb.Folder, "--out", Path.Combine(kb.Root, "out"));

        exit.Should().Be(1);
        var line = File.ReadAllLines(Path.Combine(kb.Folder, "analysis", "thesaurus.txt")).Length;
        error.Should().Contain($"thesaurus.txt:{line}: a side of the rule is empty");
    }

    [Fact]
    public async Task Build_refuses_to_write_anything_when_there_are_errors()
    {
        using var kb = new FixtureKnowledgeBase("structure-missing");
        var outFolder = Path.Combine(kb.Root, "out");

        var (exit, _, error) = await Run("kb", "build", "--kb", kb.Folder, "--out", outFolder);

        exit.Should().Be(1);
        Directory.Exists(outFolder).Should().BeFalse();
        Lines(error).Should().StartWith("knowledge-base/ge/prestation/ge-aide.yaml:28: error: structures[0]: no entry 'ge-str-acceuil' (did you mean 'ge-str-accueil'?)");
        Lines(error).Last().Should().EndWith("nothing built; fix the errors first (./infosociale kb validate).");
    }

    [Fact]
    public async Task Export_prints_one_json_object_per_entry_with_plain_text()
    {
        using var kb = new FixtureKnowledgeBase();

        var (exit, output, _) = await Run("kb", "export", "--jsonl", "--kb", kb.Folder);

        exit.Should().Be(0);
        var objects = Lines(output).Select(line => JsonDocument.Parse(line).RootElement).ToList();
        objects.Should().HaveCount(5);
        objects.Should().OnlyContain(o => o.EnumerateObject().Select(p => p.Name).SequenceEqual(new[] { "id", "territory", "kind", "title", "text", "keywords" }));
        var accueil = objects.Single(o => o.GetProperty("id").GetString() == "ge-str-accueil");
        accueil.GetProperty("kind").GetString().Should().Be("structure");
        accueil.GetProperty("text").GetString().Should().Be(
            "Un lieu pour poser vos questions sociales. Vous venez sans rendez-vous.\nCe que nous faisons\nNous vous écoutons et vous orientons. Voir la page officielle.");
        accueil.GetProperty("keywords").EnumerateArray().Select(k => k.GetString()).Should().Equal("aide sociale", "permanence");
    }

    [Fact]
    public async Task Export_without_a_format_is_an_error_in_plain_words()
    {
        var (exit, output, error) = await Run("kb", "export");

        exit.Should().Be(2);
        output.Should().BeEmpty();
        error.Trim().Should().Be("kb export: choose an output format; the only one is --jsonl.");
    }

    [Fact]
    public async Task Stats_as_json_counts_per_territory_kind_theme_and_public()
    {
        using var kb = new FixtureKnowledgeBase("warning-unverified");

        var (exit, output, _) = await Run("kb", "stats", "--json", "--kb", kb.Folder);

        exit.Should().Be(0);
        var stats = JsonDocument.Parse(output).RootElement;
        stats.GetProperty("entries").GetInt32().Should().Be(5);
        stats.GetProperty("warnings").GetInt32().Should().Be(1);
        stats.GetProperty("territories").GetProperty("ge").GetInt32().Should().Be(4);
        stats.GetProperty("kinds").GetProperty("structure").GetInt32().Should().Be(2);
        stats.GetProperty("themes").GetProperty("argent").GetInt32().Should().Be(3);
        stats.GetProperty("publics").GetProperty("tous").GetInt32().Should().Be(3);
    }

    [Fact]
    public async Task Stats_prints_a_table_and_the_summary()
    {
        using var kb = new FixtureKnowledgeBase();

        var (exit, output, _) = await Run("kb", "stats", "--kb", kb.Folder);

        exit.Should().Be(0);
        output.Should().MatchRegex(@"territory\s+│\s+ge\s+│\s+4");
        output.Should().MatchRegex(@"public\s+│\s+personnes-precaires\s+│\s+1");
        Lines(output).Last().Should().MatchRegex(@"^5 entries, 0 errors, \d+ warnings$");
    }

    [Theory]
    [InlineData("validate")]
    [InlineData("build")]
    [InlineData("export")]
    [InlineData("stats")]
    public async Task Every_verb_has_help(string verb)
    {
        var (exit, output, _) = await Run("kb", verb, "--help");

        exit.Should().Be(0);
        output.Should().Contain("--kb");
    }
}
