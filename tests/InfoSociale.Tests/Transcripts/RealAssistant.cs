using InfoSociale.Core;
using InfoSociale.Core.Analysis;
using InfoSociale.Core.Assistant;
using InfoSociale.Core.Conversations;
using InfoSociale.Core.Dialogs;
using InfoSociale.Core.Feedback;
using InfoSociale.Core.KnowledgeBase;
using InfoSociale.Core.Orientation;
using InfoSociale.Core.Search;
using InfoSociale.Tests.TestSupport;

namespace InfoSociale.Tests.Transcripts;

// The assistant as residents meet it: the real knowledge base, the search index built from it, the real message
// catalogue and orientation data, a SQLite conversation store, and a clock the scripts set. Built once per class.
public sealed class RealAssistant : IDisposable
{
    private readonly TempFolder _folder = new();

    public RealAssistant()
    {
        Catalog = KnowledgeBaseLoader.Load(ProjectPaths.KnowledgeBase).Catalog;
        var analyzer = FrenchAnalyzer.Load(Path.Combine(ProjectPaths.KnowledgeBase, "analysis"));
        SearchIndexBuilder.Build(Catalog.Entries, analyzer, _folder.File("search-index"));
        Search = KnowledgeSearch.Open(_folder.File("search-index"), analyzer);
        Store = SqliteConversationStore.Open(_folder.File("conversations.db"), TimeProvider.System);
    }

    public EntryCatalog Catalog { get; }

    public KnowledgeSearch Search { get; }

    public IConversationStore Store { get; }

    public InMemoryFeedbackStore Feedback { get; } = new();

    public IBot Bot(ManualClock clock) => new InfoSocialeBot(Store, Search, Catalog, Messages.Load(), new AssistantSettings(),
        OrientationServices.Load(ProjectPaths.KnowledgeBase, Catalog, clock, Feedback));

    public void Dispose()
    {
        Search.Dispose();
        _folder.Dispose();
    }
}
