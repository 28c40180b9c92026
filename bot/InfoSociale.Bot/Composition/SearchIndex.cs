using InfoSociale.Core.Analysis;
using InfoSociale.Core.KnowledgeBase;
using InfoSociale.Core.Search;

namespace InfoSociale.Bot.Composition;

// The knowledge base's search index in the data folder (<data>/kb/search.sqlite), built from the YAML files
// the first time it is needed when it is missing. Loaded once; IsLoaded feeds /health/ready.
public sealed class SearchIndex(string knowledgeBaseFolder, string outputFolder)
{
    private readonly Lazy<KnowledgeSearch> _search = new(() => Open(knowledgeBaseFolder, outputFolder));

    public KnowledgeSearch Search => _search.Value;

    public bool IsLoaded => _search.IsValueCreated;

    private static KnowledgeSearch Open(string knowledgeBaseFolder, string outputFolder)
    {
        var analyzer = FrenchAnalyzer.Load(Path.Combine(knowledgeBaseFolder, "analysis"));
        var path = Path.Combine(outputFolder, "search.sqlite");
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(outputFolder);
            SearchIndexBuilder.Build(KnowledgeBaseLoader.Load(knowledgeBaseFolder).Catalog.Entries, analyzer, path);
        }
        return KnowledgeSearch.Open(path, analyzer);
    }
}
