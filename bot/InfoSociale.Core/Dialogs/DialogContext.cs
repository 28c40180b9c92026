using System.Text.Json;
using InfoSociale.Core.Activities;

namespace InfoSociale.Core.Dialogs;

// The dialog stack of one conversation during one turn. Beginning pushes, ending pops and resumes the parent
// with the result; the stack itself lives in the turn's ConversationState, so saving it is just serializing it.
public sealed class DialogContext(DialogSet dialogs, Turn turn)
{
    public Turn Turn { get; } = turn;

    public DialogSet Dialogs { get; } = dialogs;

    public IReadOnlyList<DialogInstance> Stack => Turn.State.Stack;

    public DialogInstance? Active => Stack.Count > 0 ? Stack[^1] : null;

    public Task<TurnOutcome> BeginAsync(string dialogId, DialogOptions? options, CancellationToken cancellationToken)
    {
        var dialog = Dialogs.Get(dialogId);
        SetStack([.. Stack, new DialogInstance(dialogId)]);
        return dialog.BeginAsync(this, options, cancellationToken);
    }

    // Routes the resident's message to the dialog that waits for it.
    public Task<TurnOutcome> ContinueAsync(CancellationToken cancellationToken)
    {
        if (Active is not { } active) return Task.FromResult(TurnOutcome.NoActiveDialog);
        if (Dialogs.Find(active.DialogId) is not { } dialog)
        {
            // A saved stack names a dialog this version no longer has: start afresh rather than fail every turn.
            SetStack([]);
            return Task.FromResult(TurnOutcome.NoActiveDialog);
        }
        return dialog.ContinueAsync(this, cancellationToken);
    }

    public Task<TurnOutcome> EndAsync(DialogResult result, CancellationToken cancellationToken)
    {
        if (Stack.Count > 0) SetStack(Stack.Take(Stack.Count - 1).ToList());
        if (Active is { } parent && Dialogs.Find(parent.DialogId) is { } dialog)
            return dialog.ResumeAsync(this, result, cancellationToken);
        return Task.FromResult(TurnOutcome.Completed(result));
    }

    // Ends the active dialog without resuming its parent and begins another in its place (loops).
    public Task<TurnOutcome> ReplaceAsync(string dialogId, DialogOptions? options, CancellationToken cancellationToken)
    {
        if (Stack.Count > 0) SetStack(Stack.Take(Stack.Count - 1).ToList());
        return BeginAsync(dialogId, options, cancellationToken);
    }

    public TurnOutcome CancelAll()
    {
        SetStack([]);
        return TurnOutcome.Cancelled;
    }

    public Task RepromptAsync(CancellationToken cancellationToken) =>
        Active is { } active && Dialogs.Find(active.DialogId) is { } dialog
            ? dialog.RepromptAsync(this, cancellationToken)
            : Task.CompletedTask;

    // The active dialog's own typed state (null before it saved any).
    public TState? GetState<TState>() where TState : class => GetState<TState>(Stack.Count - 1);

    public void SetState<TState>(TState state) where TState : class => SetState(Stack.Count - 1, state);

    // By stack position, for a dialog that saves its state after it began a child (the waterfall).
    internal TState? GetState<TState>(int position) where TState : class =>
        Stack[position].State is { } json ? json.Deserialize<TState>(ActivityJson.Options) : null;

    internal void SetState<TState>(int position, TState state) where TState : class
    {
        var stack = Stack.ToList();
        stack[position] = stack[position] with { State = JsonSerializer.SerializeToElement(state, ActivityJson.Options) };
        SetStack(stack);
    }

    private void SetStack(IReadOnlyList<DialogInstance> stack) => Turn.State = Turn.State with { Stack = stack };
}
