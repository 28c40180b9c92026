namespace InfoSociale.Core.Dialogs;

public enum TurnStatus
{
    Waiting,        // a dialog asked something and waits for the next message
    Completed,      // the root dialog ended this turn (its result is in Result)
    Cancelled,      // the stack was cleared (recommencer, stop)
    NoActiveDialog, // nothing was running and nothing was started
}

// What a turn did, so the caller knows without looking inside the dialogs.
public sealed record TurnOutcome(TurnStatus Status, DialogResult Result)
{
    public static TurnOutcome Waiting { get; } = new(TurnStatus.Waiting, DialogResult.None);
    public static TurnOutcome Cancelled { get; } = new(TurnStatus.Cancelled, DialogResult.None);
    public static TurnOutcome NoActiveDialog { get; } = new(TurnStatus.NoActiveDialog, DialogResult.None);

    public static TurnOutcome Completed(DialogResult result) => new(TurnStatus.Completed, result);
}
