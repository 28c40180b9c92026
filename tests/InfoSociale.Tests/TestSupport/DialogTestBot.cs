using InfoSociale.Core.Conversations;
using InfoSociale.Core.Dialogs;

namespace InfoSociale.Tests.TestSupport;

// The engine alone as a bot (no welcome, no search): a real SQLite store, the real message catalogue,
// and the dialogs a test defines. Outcomes holds what each turn returned.
public sealed class DialogTestBot(IConversationStore store, DialogEngine engine) : IBot
{
    private readonly TurnRunner _runner = new(store, Messages.Load());

    public List<TurnOutcome> Outcomes { get; } = [];

    public static DialogTestBot Create(TempFolder folder, string rootDialogId, IEnumerable<Dialog> dialogs,
        params IInterruption[] interruptions)
    {
        var store = SqliteConversationStore.Open(folder.File("state.db"), TimeProvider.System);
        return new DialogTestBot(store, new DialogEngine(new DialogSet(dialogs), interruptions, rootDialogId));
    }

    public async Task OnTurnAsync(ITurnContext turn, CancellationToken cancellationToken) =>
        Outcomes.Add(await _runner.RunAsync(turn, "ge", engine.RunAsync, cancellationToken));
}
