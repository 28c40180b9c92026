using InfoSociale.Core.Analysis;

namespace InfoSociale.Tests.Analysis;

public sealed class WordListLoaderTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("infosociale-analysis-").FullName;

    public WordListLoaderTests()
    {
        foreach (var file in AnalysisData.Files) File.Copy(Path.Combine(Tokens.AnalysisFolder, file), Path.Combine(folder, file));
    }

    [Fact]
    public void Loads_the_shipped_word_lists()
    {
        var data = AnalysisData.Load(folder);

        data.Elisions.Should().Contain("l");
        data.StopWords.Should().Contain("le");
        data.Codes.CapitalsOnly.Should().Contain("AI");
        data.Thesaurus.Should().NotBeEmpty();
    }

    [Fact]
    public void Reports_errors_by_file_and_line()
    {
        File.AppendAllLines(Path.Combine(folder, AnalysisData.ThesaurusFile), ["boulot => travail => emploi", "seul"]);
        File.AppendAllLines(Path.Combine(folder, AnalysisData.StopWordsFile), ["bon-jour"]);
        var thesaurusLines = File.ReadAllLines(Path.Combine(folder, AnalysisData.ThesaurusFile)).Length;
        var stopLines = File.ReadAllLines(Path.Combine(folder, AnalysisData.StopWordsFile)).Length;

        var load = () => AnalysisData.Load(folder);

        load.Should().Throw<AnalysisDataException>().Which.Errors.Should().BeEquivalentTo(
            $"stopwords.txt:{stopLines}: \"bon-jour\" is not a single word (letters and digits only)",
            $"thesaurus.txt:{thesaurusLines - 1}: more than one \"=>\"",
            $"thesaurus.txt:{thesaurusLines}: write \"a, b\" (equivalent words) or \"a => b\" (a expands to b)");
    }

    [Fact]
    public void Reports_a_thesaurus_phrase_made_only_of_stop_words()
    {
        File.AppendAllLines(Path.Combine(folder, AnalysisData.ThesaurusFile), ["chez moi => logement"]);
        var line = File.ReadAllLines(Path.Combine(folder, AnalysisData.ThesaurusFile)).Length;

        var create = () => FrenchAnalyzer.Load(folder);

        create.Should().Throw<AnalysisDataException>().Which.Errors.Should().Equal($"thesaurus.txt:{line}: \"chez moi\" holds only stop words");
    }

    [Fact]
    public void Requires_the_grammar_comment_and_every_file()
    {
        File.WriteAllText(Path.Combine(folder, AnalysisData.ElisionsFile), "l d\n");
        File.Delete(Path.Combine(folder, AnalysisData.CodesFile));

        var load = () => AnalysisData.Load(folder);

        load.Should().Throw<AnalysisDataException>().Which.Errors.Should().Contain(
            "elisions.txt:1: the file must start with a '#' comment giving its line grammar").And.Contain(
            error => error.StartsWith("codes.txt:0: the file is missing"));
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
