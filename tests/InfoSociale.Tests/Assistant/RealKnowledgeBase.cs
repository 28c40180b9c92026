using InfoSociale.Bot.Composition;
using InfoSociale.Core;
using InfoSociale.Core.Assistant;
using InfoSociale.Core.Conversations;
using InfoSociale.Core.Dialogs;
using InfoSociale.Core.KnowledgeBase;
using InfoSociale.Tests.TestSupport;

namespace InfoSociale.Tests.Assistant;

// The repository's knowledge base with its real search index, built once per test class in a temporary folder,
// and a real SQLite state store. Facts a test checks are read from the catalogue, never written in the test.
public sealed class RealKnowledgeBase : IDisposable
{
    private readonly TempFolder _folder = new();

    public RealKnowledgeBase()
    {
        Catalog = KnowledgeBaseLoader.Load(ProjectPaths.KnowledgeBase).Catalog;
        Index = new SearchIndex(ProjectPaths.KnowledgeBase, _folder.File("kb"));
        Store = SqliteConversationStore.Open(_folder.File("conversations.db"), TimeProvider.System);
    }

    public EntryCatalog Catalog { get; }

    public SearchIndex Index { get; }

    public IConversationStore Store { get; }

    public Messages Messages { get; } = Messages.Load();

    public InfoSocialeBot Bot(AssistantSettings? settings = null) =>
        new(Store, Index.Search, Catalog, Messages, settings ?? new AssistantSettings());

    public Entry DefaultStructure(string territory) => Catalog.Find(Catalog.Territories[territory].DefaultStructure)!;

    public void Dispose() => _folder.Dispose();
}
