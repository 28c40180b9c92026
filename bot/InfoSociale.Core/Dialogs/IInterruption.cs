namespace InfoSociale.Core.Dialogs;

// Checked before the active dialog on every message ("aide", "recommencer", an urgent situation…).
// Returns null when the message is not for it, so the next interruption or the active dialog gets it.
public interface IInterruption
{
    Task<TurnOutcome?> TryHandleAsync(DialogContext dc, CancellationToken cancellationToken);
}
