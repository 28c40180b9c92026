using InfoSociale.Core.Search;

namespace InfoSociale.Bot.Composition;

// The knowledge base's search index in the data folder (<data>/kb/search-index/), built from the YAML files
// when missing or older than them. Opened once, on first use; IsLoaded feeds /health/ready.
public sealed class SearchIndex(string knowledgeBaseFolder, string outputFolder)
{
    private readonly Lazy<KnowledgeSearch> _search = new(() => SearchIndexArtifact.OpenFresh(knowledgeBaseFolder, outputFolder).Search);

    public KnowledgeSearch Search => _search.Value;

    public bool IsLoaded => _search.IsValueCreated;
}
