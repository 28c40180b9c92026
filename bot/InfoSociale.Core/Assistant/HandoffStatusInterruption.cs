using InfoSociale.Core.Dialogs;
using InfoSociale.Core.Handoff;

namespace InfoSociale.Core.Assistant;

// "Où en est ma demande GE-7K3F ?": a message that holds a ticket reference gets the ticket's status, whatever
// dialog waits. Only the status and the team are said: a reference is short enough to be guessed.
public sealed class HandoffStatusInterruption(HandoffServices services, IReadOnlyCollection<string> territories) : IInterruption
{
    public async Task<TurnOutcome?> TryHandleAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var turn = dc.Turn;
        if (!turn.IsMessage || TicketReference.Find(turn.Text, territories) is not { } reference) return null;

        var ticket = await services.Tickets.FindAsync(reference, cancellationToken);
        var messages = turn.Messages;
        turn.Say(ticket switch
        {
            null => messages.Text("handoff.status.unknown", ("ref", reference)),
            { Status: TicketStatus.Closed } => messages.Text("handoff.status.closed", ("ref", reference)),
            _ => messages.Text($"handoff.status.{ticket.Status.ToString().ToLowerInvariant()}", ("ref", reference),
                ("team", services.Teams.Find(ticket.Team)?.Name ?? ticket.Team)),
        });
        if (dc.Active is null) return TurnOutcome.NoActiveDialog;
        await dc.RepromptAsync(cancellationToken);
        return TurnOutcome.Waiting;
    }
}
