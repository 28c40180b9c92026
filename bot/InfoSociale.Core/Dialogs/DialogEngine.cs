namespace InfoSociale.Core.Dialogs;

// One turn of dialogs: interruptions first, in order; then the active dialog; and when none is active,
// the root dialog begins with the resident's message.
public sealed class DialogEngine(DialogSet dialogs, IReadOnlyList<IInterruption> interruptions, string rootDialogId)
{
    public async Task<TurnOutcome> RunAsync(Turn turn, CancellationToken cancellationToken)
    {
        var dc = new DialogContext(dialogs, turn);
        foreach (var interruption in interruptions)
            if (await interruption.TryHandleAsync(dc, cancellationToken) is { } interrupted)
                return interrupted;

        var outcome = await dc.ContinueAsync(cancellationToken);
        if (outcome.Status == TurnStatus.NoActiveDialog && turn.IsMessage)
            outcome = await dc.BeginAsync(rootDialogId, null, cancellationToken);
        return outcome;
    }
}
