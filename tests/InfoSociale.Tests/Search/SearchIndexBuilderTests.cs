using InfoSociale.Core.Search;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace InfoSociale.Tests.Search;

public sealed class SearchIndexBuilderTests(FixtureKnowledgeBase kb) : IClassFixture<FixtureKnowledgeBase>, IDisposable
{
    private readonly string folder = System.IO.Directory.CreateTempSubdirectory("infosociale-index-").FullName;

    private static readonly string[] Questions = ["loyer trop cher", "hébergement d'urgence", "chômage", "rente AVS", "C2S", "crèche"];

    [Fact]
    public void Gives_the_same_answers_from_the_same_entries_in_any_order()
    {
        var first = Path.Combine(folder, "a");
        var second = Path.Combine(folder, "b");
        SearchIndexBuilder.Build(FixtureKnowledgeBase.Entries, kb.Analyzer, first);
        SearchIndexBuilder.Build(FixtureKnowledgeBase.Entries.Reverse(), kb.Analyzer, second);

        using var a = KnowledgeSearch.Open(first, kb.Analyzer);
        using var b = KnowledgeSearch.Open(second, kb.Analyzer);

        foreach (var question in Questions)
            b.Search(new SearchRequest(question, "ge", 5)).Should().BeEquivalentTo(a.Search(new SearchRequest(question, "ge", 5)), options => options.WithStrictOrdering());
    }

    [Fact]
    public void Reports_what_it_built()
    {
        var report = SearchIndexBuilder.Build(FixtureKnowledgeBase.Entries, kb.Analyzer, Path.Combine(folder, "c"));

        report.Entries.Should().Be(FixtureKnowledgeBase.Entries.Count);
        report.Territories.Should().Be(2);
        report.Bytes.Should().BePositive();
    }

    [Fact]
    public void Stores_the_analysed_terms_of_each_field()
    {
        using var directory = FSDirectory.Open(kb.IndexPath);
        using var reader = DirectoryReader.Open(directory);
        var doc = Enumerable.Range(0, reader.MaxDoc).Single(doc => reader.Document(doc).Get("id") == "ge-hebergement-urgence");

        reader.Document(doc).Get("terms.title").Should().Be(" heberg urgenc nuit ");
    }

    [Fact]
    public void Refuses_to_open_a_missing_or_foreign_folder()
    {
        var foreign = System.IO.Directory.CreateDirectory(Path.Combine(folder, "foreign")).FullName;
        File.WriteAllText(Path.Combine(foreign, "segments_1"), "not an index");

        var missing = () => KnowledgeSearch.Open(Path.Combine(folder, "none"), kb.Analyzer);
        var wrong = () => KnowledgeSearch.Open(foreign, kb.Analyzer);

        missing.Should().Throw<SearchIndexException>().WithMessage("*does not exist*kb build*");
        wrong.Should().Throw<SearchIndexException>().WithMessage("*kb build*");
    }

    [Fact]
    public void Opens_an_index_in_a_folder_whose_name_has_spaces_accents_and_url_marks()
    {
        var path = Path.Combine(folder, "données #2 ?été 100%", "search-index");
        SearchIndexBuilder.Build(FixtureKnowledgeBase.Entries, kb.Analyzer, path);

        using var search = KnowledgeSearch.Open(path, kb.Analyzer);

        search.Search(new SearchRequest("hébergement d'urgence", "ge", 3)).Should().Contain(hit => hit.Id == "ge-hebergement-urgence");
    }

    [Fact]
    public void Refuses_a_second_writer_with_a_clear_error()
    {
        var path = Path.Combine(folder, "locked");
        SearchIndexBuilder.Build(FixtureKnowledgeBase.Entries, kb.Analyzer, path);
        using var directory = FSDirectory.Open(path);
        using var other = new IndexWriter(directory, new IndexWriterConfig(Core.Analysis.FrenchAnalyzer.Version, new WhitespaceAnalyzer(Core.Analysis.FrenchAnalyzer.Version)));

        var second = () => SearchIndexBuilder.Build(FixtureKnowledgeBase.Entries, kb.Analyzer, path);

        second.Should().Throw<SearchIndexException>().WithMessage("*Another process is writing the search index*write.lock*kb build*");
    }

    public void Dispose() => System.IO.Directory.Delete(folder, recursive: true);
}
