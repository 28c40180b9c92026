namespace InfoSociale.Core.Dialogs.Prompts;

// What a parent asks: the question, an optional retry sentence, the offered choices, how many tries.
public sealed record PromptOptions(string Prompt) : DialogOptions
{
    // Said instead of the default "Je n'ai pas bien compris…" when an answer is not recognized.
    public string? Retry { get; init; }

    public IReadOnlyList<Choice> Choices { get; init; } = [];

    public int MaxAttempts { get; init; } = 3;
}

public sealed record PromptState(PromptOptions Options, int Attempts);

// Asks, then recognizes each reply: a recognized answer ends the prompt with its result; anything else
// re-asks with a retry sentence, and after MaxAttempts the prompt says so kindly and ends with PromptGaveUp.
public abstract class Prompt(string id) : Dialog(id)
{
    public override Task<TurnOutcome> BeginAsync(DialogContext dc, DialogOptions? options, CancellationToken cancellationToken)
    {
        var prompt = options as PromptOptions
            ?? throw new ArgumentException($"The prompt '{Id}' needs PromptOptions.", nameof(options));
        dc.SetState(new PromptState(prompt, 0));
        Ask(dc.Turn, prompt, retry: false);
        return Task.FromResult(TurnOutcome.Waiting);
    }

    public override Task<TurnOutcome> ContinueAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var state = dc.GetState<PromptState>()!;
        if (!dc.Turn.IsMessage) return Task.FromResult(TurnOutcome.Waiting);
        if (Recognize(dc.Turn, state.Options) is { } result) return dc.EndAsync(result, cancellationToken);

        var attempts = state.Attempts + 1;
        if (attempts >= state.Options.MaxAttempts)
        {
            dc.Turn.Say(dc.Turn.Messages.Text("prompt.gave_up"));
            return dc.EndAsync(new PromptGaveUp(), cancellationToken);
        }
        dc.SetState(state with { Attempts = attempts });
        Ask(dc.Turn, state.Options, retry: true);
        return Task.FromResult(TurnOutcome.Waiting);
    }

    public override Task RepromptAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        Ask(dc.Turn, dc.GetState<PromptState>()!.Options, retry: false);
        return Task.CompletedTask;
    }

    // The choices this prompt offers (a confirm prompt offers Oui / Non whatever the options say).
    protected virtual IReadOnlyList<Choice> ChoicesFor(Turn turn, PromptOptions options) => options.Choices;

    protected abstract DialogResult? Recognize(Turn turn, PromptOptions options);

    private void Ask(Turn turn, PromptOptions options, bool retry)
    {
        var text = retry
            ? options.Retry ?? turn.Messages.Text("prompt.retry", ("prompt", options.Prompt))
            : options.Prompt;
        var choices = ChoicesFor(turn, options);
        turn.Ask(text, choices.Count > 0 ? Reply.Suggest(choices.Select(c => c.Title)) : null);
    }
}
