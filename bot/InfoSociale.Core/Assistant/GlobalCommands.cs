using InfoSociale.Core.Answers;
using InfoSociale.Core.Dialogs;
using InfoSociale.Core.Dialogs.Prompts;

namespace InfoSociale.Core.Assistant;

// What a resident can say at any moment, whatever dialog waits: aide, recommencer, au revoir,
// parler à une personne, and a plain greeting. The whole message must be the command ("aide au logement"
// is a question); the words are in the message catalogue (command.*.words).
// handsOver: "parler à une personne" begins the handoff dialog (consent, ticket) instead of showing a contact card.
public sealed class GlobalCommands(Messages messages, AnswerCards cards, AssistantSettings settings, Func<string, string> territoryName,
    bool handsOver = false) : IInterruption
{
    private enum Command { Help, Restart, Stop, Human, Greeting }

    private static readonly Command[] All = Enum.GetValues<Command>();

    private readonly ChoicePhrases _choices = new(All
        .Select(command => messages.Words($"command.{command.ToString().ToLowerInvariant()}.words"))
        .Select(words => new Choice(words[0]) { Synonyms = words })
        .ToList());

    public async Task<TurnOutcome?> TryHandleAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var turn = dc.Turn;
        switch (Recognize(turn))
        {
            case null:
                return null;
            case Command.Help:
                turn.Say(turn.Messages.Text("help.text", ("territory", territoryName(turn.Territory))));
                return await RepromptAsync(dc, cancellationToken);
            case Command.Human when handsOver:
                return await HandoffDialog.StartAsync(dc, cancellationToken);
            case Command.Human:
                turn.Send(cards.HumanContact(turn.Activity, turn.Territory));
                return await RepromptAsync(dc, cancellationToken);
            case Command.Greeting:
                if (dc.Active is not null) return await RepromptAsync(dc, cancellationToken);
                turn.Ask(turn.Messages.Text("greeting.again"));
                return TurnOutcome.NoActiveDialog;
            case Command.Restart:
                turn.State = turn.State.Forgotten();
                turn.Ask(turn.Messages.Text("restart.done"));
                return TurnOutcome.Cancelled;
            default:
                dc.CancelAll();
                turn.Say(turn.Messages.Text("stop.goodbye", ("days", settings.RetentionDays.ToString())));
                return TurnOutcome.Cancelled;
        }
    }

    public bool IsGreeting(Turn turn) => Recognize(turn) == Command.Greeting;

    private Command? Recognize(Turn turn) =>
        turn.IsMessage && ChoiceRecognizer.Recognize(turn.Text, _choices, ChoiceMatching.WholeMessage) is { } index ? All[index] : null;

    // The interrupted dialog asks its question again, so its buttons come back.
    private static async Task<TurnOutcome> RepromptAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        if (dc.Active is null) return TurnOutcome.NoActiveDialog;
        await dc.RepromptAsync(cancellationToken);
        return TurnOutcome.Waiting;
    }
}
