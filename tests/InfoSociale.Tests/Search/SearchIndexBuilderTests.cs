using InfoSociale.Core.Search;
using Microsoft.Data.Sqlite;

namespace InfoSociale.Tests.Search;

public sealed class SearchIndexBuilderTests(FixtureKnowledgeBase kb) : IClassFixture<FixtureKnowledgeBase>, IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("infosociale-index-").FullName;

    [Fact]
    public void Builds_the_same_bytes_from_the_same_entries_in_any_order()
    {
        var first = Path.Combine(folder, "a.sqlite");
        var second = Path.Combine(folder, "b.sqlite");

        SearchIndexBuilder.Build(FixtureKnowledgeBase.Entries, kb.Analyzer, first);
        SearchIndexBuilder.Build(FixtureKnowledgeBase.Entries.Reverse(), kb.Analyzer, second);

        File.ReadAllBytes(second).Should().Equal(File.ReadAllBytes(first));
    }

    [Fact]
    public void Reports_what_it_built()
    {
        var report = SearchIndexBuilder.Build(FixtureKnowledgeBase.Entries, kb.Analyzer, Path.Combine(folder, "c.sqlite"));

        report.Entries.Should().Be(FixtureKnowledgeBase.Entries.Count);
        report.Territories.Should().Be(2);
        report.Bytes.Should().BePositive();
    }

    [Fact]
    public void Stores_only_analysed_terms_in_fts5()
    {
        using var connection = new SqliteConnection($"Data Source={kb.IndexPath};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT title FROM fts_ge WHERE entry_id = 'ge-hebergement-urgence'";

        command.ExecuteScalar().Should().Be(" heberg urgenc nuit ");
    }

    [Fact]
    public void Refuses_to_open_a_missing_or_foreign_file()
    {
        var foreign = Path.Combine(folder, "foreign.sqlite");
        File.WriteAllText(foreign, "not a database");

        var missing = () => KnowledgeSearch.Open(Path.Combine(folder, "none.sqlite"), kb.Analyzer);
        var wrong = () => KnowledgeSearch.Open(foreign, kb.Analyzer);

        missing.Should().Throw<SearchIndexException>().WithMessage("*does not exist*kb build*");
        wrong.Should().Throw<SearchIndexException>().WithMessage("*kb build*");
    }

    [Fact]
    public void Opens_an_index_in_a_folder_whose_name_has_spaces_accents_and_url_marks()
    {
        var odd = Directory.CreateDirectory(Path.Combine(folder, "données #2 ?été 100%")).FullName;
        var path = Path.Combine(odd, "search.sqlite");
        SearchIndexBuilder.Build(FixtureKnowledgeBase.Entries, kb.Analyzer, path);

        using var search = KnowledgeSearch.Open(path, kb.Analyzer);

        search.Search(new SearchRequest("hébergement d'urgence", "ge", 3)).Should().Contain(hit => hit.Id == "ge-hebergement-urgence");
    }

    [Fact]
    public void An_open_index_keeps_answering_from_its_file_when_a_rebuild_replaces_it_even_under_many_searches_at_once()
    {
        var path = Path.Combine(folder, "live.sqlite");
        SearchIndexBuilder.Build(FixtureKnowledgeBase.Entries, kb.Analyzer, path);
        using var search = KnowledgeSearch.Open(path, kb.Analyzer);

        SearchIndexBuilder.Build(FixtureKnowledgeBase.Entries.Where(e => e.Territory != "ge").ToList(), kb.Analyzer, path);

        var answers = new System.Collections.Concurrent.ConcurrentBag<IReadOnlyList<SearchHit>>();
        Parallel.For(0, 64, new ParallelOptions { MaxDegreeOfParallelism = 16 },
            _ => answers.Add(search.Search(new SearchRequest("hébergement d'urgence", "ge", 3))));
        answers.Should().HaveCount(64).And.OnlyContain(hits => hits.Any(hit => hit.Id == "ge-hebergement-urgence"));
        using var rebuilt = KnowledgeSearch.Open(path, kb.Analyzer);
        rebuilt.Search(new SearchRequest("hébergement d'urgence", "ge", 3)).Should().NotContain(hit => hit.Id == "ge-hebergement-urgence");
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
