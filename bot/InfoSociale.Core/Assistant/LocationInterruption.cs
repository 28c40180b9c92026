using InfoSociale.Core.Dialogs;
using InfoSociale.Core.KnowledgeBase;
using InfoSociale.Core.Orientation.Location;

namespace InfoSociale.Core.Assistant;

// "j'habite à Paris", "je suis à Genève, aux Pâquis": the conversation follows the resident's territory from now on.
// A message that only says where gets a short acknowledgement; a question that names a place is answered there.
public sealed class LocationInterruption(LocationRecognizer recognizer, EntryCatalog catalog) : IInterruption
{
    public Task<TurnOutcome?> TryHandleAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var turn = dc.Turn;
        if (!turn.IsMessage || recognizer.Recognize(turn.Text) is not { } location
            || !catalog.Territories.TryGetValue(location.Territory, out var territory))
            return Task.FromResult<TurnOutcome?>(null);

        turn.State = turn.State with { Territory = location.Territory, Place = location.Place };
        turn.Territory = location.Territory;
        if (!location.SaysOnlyWhere) return Task.FromResult<TurnOutcome?>(null);

        return AcknowledgeAsync(dc, Where(territory, location), cancellationToken);
    }

    // "Genève (Pâquis)", "Paris"
    public static string Where(Territory territory, ResidentLocation location) =>
        location.Place is { } place ? $"{territory.Name} ({place})" : territory.Name;

    // A dialog that waited asks its question again, so the resident is not left with two questions.
    private static async Task<TurnOutcome?> AcknowledgeAsync(DialogContext dc, string where, CancellationToken cancellationToken)
    {
        if (dc.Active is null)
        {
            dc.Turn.Ask(dc.Turn.Messages.Text("location.noted", ("place", where)));
            return TurnOutcome.NoActiveDialog;
        }
        dc.Turn.Say(dc.Turn.Messages.Text("location.noted_short", ("place", where)));
        await dc.RepromptAsync(cancellationToken);
        return TurnOutcome.Waiting;
    }
}
