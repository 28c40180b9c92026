using InfoSociale.Core;
using InfoSociale.Core.KnowledgeBase;
using InfoSociale.Core.Search;

namespace InfoSociale.Tests.Search;

public sealed class SearchIndexWriterTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("infosociale-writer-").FullName;

    [Fact]
    public void Writes_search_sqlite_for_kb_build()
    {
        var writer = new SearchIndexWriter(SearchIndexArtifact.AnalysisFolder(ProjectPaths.KnowledgeBase));

        var path = writer.Write(new EntryCatalog(FixtureKnowledgeBase.Entries, []), folder);

        path.Should().Be(Path.Combine(folder, "search.sqlite"));
        SearchIndexArtifact.IsStale(path, ProjectPaths.KnowledgeBase).Should().BeFalse();
    }

    [Fact]
    public void Finds_a_missing_or_older_index_stale()
    {
        var path = Path.Combine(folder, "search.sqlite");
        SearchIndexArtifact.IsStale(path, ProjectPaths.KnowledgeBase).Should().BeTrue();

        File.WriteAllText(path, "");
        File.SetLastWriteTimeUtc(path, new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc));

        SearchIndexArtifact.IsStale(path, ProjectPaths.KnowledgeBase).Should().BeTrue();
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
