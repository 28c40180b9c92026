using InfoSociale.Core.Analysis;
using InfoSociale.Core.KnowledgeBase;
using InfoSociale.Core.KnowledgeBase.Build;

namespace InfoSociale.Core.Search;

// data/kb/search-index/, a Lucene index folder next to entries.json: written by `kb build`, read by the bot
// and the search verbs. The analysis word lists live in <knowledge base>/analysis/.
public static class SearchIndexArtifact
{
    public const string FolderName = "search-index";

    public static string PathIn(string outputFolder) => Path.Combine(outputFolder, FolderName);

    public static string AnalysisFolder(string knowledgeBaseFolder) => Path.Combine(knowledgeBaseFolder, "analysis");

    // Missing, or older than a YAML entry or a word list of the knowledge base.
    public static bool IsStale(string indexPath, string knowledgeBaseFolder)
    {
        var commits = Directory.Exists(indexPath) ? Directory.GetFiles(indexPath, "segments_*") : [];
        if (commits.Length == 0) return true;
        var built = commits.Max(File.GetLastWriteTimeUtc);
        return Directory.EnumerateFiles(knowledgeBaseFolder, "*", SearchOption.AllDirectories)
            .Where(file => file.EndsWith(".yaml", StringComparison.Ordinal) || file.EndsWith(".txt", StringComparison.Ordinal))
            .Any(file => File.GetLastWriteTimeUtc(file) > built);
    }

    // Opens the index, building it first from the knowledge-base files when it is missing or stale.
    // Returns the build report when it had to build.
    public static (KnowledgeSearch Search, IndexBuildReport? Built) OpenFresh(string knowledgeBaseFolder, string outputFolder)
    {
        var analyzer = FrenchAnalyzer.Load(AnalysisFolder(knowledgeBaseFolder));
        var path = PathIn(outputFolder);
        IndexBuildReport Build() => SearchIndexBuilder.Build(KnowledgeBaseLoader.Load(knowledgeBaseFolder).Catalog.Entries, analyzer, path);
        if (IsStale(path, knowledgeBaseFolder))
        {
            var report = Build();
            return (KnowledgeSearch.Open(path, analyzer), report);
        }
        try
        {
            return (KnowledgeSearch.Open(path, analyzer), null);
        }
        catch (SearchIndexException)
        {
            // An index of an older format or a damaged file: the knowledge base can always rebuild it.
            var report = Build();
            return (KnowledgeSearch.Open(path, analyzer), report);
        }
    }
}

// The `kb build` step that writes the search index.
public sealed class SearchIndexWriter(string analysisFolder) : IKnowledgeBaseArtifactWriter
{
    public string Write(EntryCatalog catalog, string outputFolder)
    {
        var path = SearchIndexArtifact.PathIn(outputFolder);
        SearchIndexBuilder.Build(catalog.Entries, FrenchAnalyzer.Load(analysisFolder), path);
        return path;
    }
}
