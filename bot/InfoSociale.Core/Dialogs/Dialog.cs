namespace InfoSociale.Core.Dialogs;

// A small state machine: it begins, continues on each reply, and resumes when a child it began ends.
// By default continuing ends the dialog and resuming passes the child's result up,
// so a simple dialog overrides only BeginAsync.
public abstract class Dialog(string id)
{
    public string Id { get; } = id;

    public abstract Task<TurnOutcome> BeginAsync(DialogContext dc, DialogOptions? options, CancellationToken cancellationToken);

    public virtual Task<TurnOutcome> ContinueAsync(DialogContext dc, CancellationToken cancellationToken) =>
        dc.EndAsync(DialogResult.None, cancellationToken);

    public virtual Task<TurnOutcome> ResumeAsync(DialogContext dc, DialogResult childResult, CancellationToken cancellationToken) =>
        dc.EndAsync(childResult, cancellationToken);

    // Asks again what the dialog waits for, e.g. after "aide" interrupted it.
    public virtual Task RepromptAsync(DialogContext dc, CancellationToken cancellationToken) => Task.CompletedTask;
}
