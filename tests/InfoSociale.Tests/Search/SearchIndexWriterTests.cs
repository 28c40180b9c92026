using InfoSociale.Core;
using InfoSociale.Core.KnowledgeBase;
using InfoSociale.Core.Search;

namespace InfoSociale.Tests.Search;

public sealed class SearchIndexWriterTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("infosociale-writer-").FullName;

    [Fact]
    public void Writes_the_index_folder_for_kb_build()
    {
        var writer = new SearchIndexWriter(SearchIndexArtifact.AnalysisFolder(ProjectPaths.KnowledgeBase));

        var path = writer.Write(new EntryCatalog(FixtureKnowledgeBase.Entries, []), folder);

        path.Should().Be(Path.Combine(folder, "search-index"));
        SearchIndexArtifact.IsStale(path, ProjectPaths.KnowledgeBase).Should().BeFalse();
    }

    [Fact]
    public void Finds_a_missing_or_older_index_stale()
    {
        var path = Path.Combine(folder, "search-index");
        SearchIndexArtifact.IsStale(path, ProjectPaths.KnowledgeBase).Should().BeTrue();

        Directory.CreateDirectory(path);
        var commit = Path.Combine(path, "segments_1");
        File.WriteAllText(commit, "");
        File.SetLastWriteTimeUtc(commit, new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc));

        SearchIndexArtifact.IsStale(path, ProjectPaths.KnowledgeBase).Should().BeTrue();
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
