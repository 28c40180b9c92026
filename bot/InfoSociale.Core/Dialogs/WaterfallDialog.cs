namespace InfoSociale.Core.Dialogs;

// One step of a waterfall: it sees the previous step's result and the values collected so far, and ends
// by beginning a child (usually a prompt), going on to the next step, or ending the waterfall.
public delegate Task<TurnOutcome> WaterfallStep<TValues>(WaterfallStepContext<TValues> step, CancellationToken cancellationToken)
    where TValues : class;

public sealed record WaterfallState<TValues>(int Step, TValues Values) where TValues : class;

// A fixed list of steps run in order, one per answer. It persists only the step index and the typed
// values record the steps fill in.
public sealed class WaterfallDialog<TValues>(string id, Func<TValues> initialValues, params WaterfallStep<TValues>[] steps)
    : Dialog(id) where TValues : class
{
    public override Task<TurnOutcome> BeginAsync(DialogContext dc, DialogOptions? options, CancellationToken cancellationToken) =>
        RunStepAsync(dc, dc.Stack.Count - 1, 0, initialValues(), DialogResult.None, cancellationToken);

    // The waterfall itself waited (a step said something and returned Waiting): the reply is the next step's result.
    public override Task<TurnOutcome> ContinueAsync(DialogContext dc, CancellationToken cancellationToken) =>
        NextAsync(dc, new TextResult(dc.Turn.Text), cancellationToken);

    public override Task<TurnOutcome> ResumeAsync(DialogContext dc, DialogResult childResult, CancellationToken cancellationToken) =>
        NextAsync(dc, childResult, cancellationToken);

    private Task<TurnOutcome> NextAsync(DialogContext dc, DialogResult result, CancellationToken cancellationToken)
    {
        var position = dc.Stack.Count - 1;
        var state = dc.GetState<WaterfallState<TValues>>(position)!;
        return RunStepAsync(dc, position, state.Step + 1, state.Values, result, cancellationToken);
    }

    internal Task<TurnOutcome> RunStepAsync(DialogContext dc, int position, int step, TValues values, DialogResult result,
        CancellationToken cancellationToken)
    {
        if (step >= steps.Length) return dc.EndAsync(result, cancellationToken);
        dc.SetState(position, new WaterfallState<TValues>(step, values));
        return steps[step](new WaterfallStepContext<TValues>(this, dc, position, step, values, result), cancellationToken);
    }
}

public sealed class WaterfallStepContext<TValues> where TValues : class
{
    private readonly WaterfallDialog<TValues> _waterfall;
    private readonly int _position;
    private readonly int _step;
    private TValues _values;

    internal WaterfallStepContext(WaterfallDialog<TValues> waterfall, DialogContext dc, int position, int step, TValues values, DialogResult result)
    {
        _waterfall = waterfall;
        Dialogs = dc;
        _position = position;
        _step = step;
        _values = values;
        Result = result;
    }

    public DialogContext Dialogs { get; }

    public Turn Turn => Dialogs.Turn;

    // What the previous step's child (or the resident, when the waterfall itself waited) answered.
    public DialogResult Result { get; }

    // Saved at once, so a step may set values and then begin a child.
    public TValues Values
    {
        get => _values;
        set
        {
            _values = value;
            Dialogs.SetState(_position, new WaterfallState<TValues>(_step, value));
        }
    }

    public Task<TurnOutcome> BeginAsync(string dialogId, DialogOptions options, CancellationToken cancellationToken) =>
        Dialogs.BeginAsync(dialogId, options, cancellationToken);

    public Task<TurnOutcome> NextAsync(DialogResult result, CancellationToken cancellationToken) =>
        _waterfall.RunStepAsync(Dialogs, _position, _step + 1, _values, result, cancellationToken);

    public Task<TurnOutcome> EndAsync(DialogResult result, CancellationToken cancellationToken) =>
        Dialogs.EndAsync(result, cancellationToken);
}
