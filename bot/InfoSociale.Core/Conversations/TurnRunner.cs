using System.Text.Json;
using InfoSociale.Core.Activities;
using InfoSociale.Core.Dialogs;

namespace InfoSociale.Core.Conversations;

// Runs one turn around the conversation's state: loads it once, lets the bot work on it, saves it once
// (only if it changed), then sends the replies. When another turn of the same conversation saved first,
// the turn is run again once on the fresh state; its first replies were never sent.
public sealed class TurnRunner(IConversationStore store, Messages messages)
{
    public async Task<TurnOutcome> RunAsync(ITurnContext context, string territory,
        Func<Turn, CancellationToken, Task<TurnOutcome>> logic, CancellationToken cancellationToken)
    {
        var key = ConversationKey.For(context.Activity);
        for (var attempt = 1; ; attempt++)
        {
            var stored = await store.ReadAsync(key, cancellationToken);
            var turn = new Turn(context, Deserialize(stored), messages, territory);
            var outcome = await logic(turn, cancellationToken);

            var json = JsonSerializer.Serialize(turn.State, ActivityJson.Options);
            try
            {
                if (json != stored.Json) await store.WriteAsync(key, json, stored.ETag, cancellationToken);
            }
            catch (ConcurrencyConflictException) when (attempt == 1)
            {
                continue;
            }
            await turn.FlushAsync(cancellationToken);
            return outcome;
        }
    }

    private static ConversationState Deserialize(StoredState stored)
    {
        if (stored.Json is null) return ConversationState.New;
        try
        {
            return JsonSerializer.Deserialize<ConversationState>(stored.Json, ActivityJson.Options) ?? ConversationState.New;
        }
        catch (JsonException)
        {
            // A state this version cannot read (written by an older shape): the conversation starts afresh.
            return ConversationState.New;
        }
    }
}
