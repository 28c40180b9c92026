namespace InfoSociale.Core.Dialogs.Prompts;

// Oui / Non, with the ways residents say it ("ouais", "d'accord", "non merci"…) from the message catalogue.
public sealed class ConfirmPrompt(string id = "confirm-prompt") : Prompt(id)
{
    protected override IReadOnlyList<Choice> ChoicesFor(Turn turn, PromptOptions options) =>
    [
        new(turn.Messages.Text("confirm.yes")) { Synonyms = turn.Messages.Words("confirm.yes.words") },
        new(turn.Messages.Text("confirm.no")) { Synonyms = turn.Messages.Words("confirm.no.words") },
    ];

    protected override DialogResult? Recognize(Turn turn, PromptOptions options) =>
        ChoiceRecognizer.Recognize(turn.Text, ChoicesFor(turn, options)) is { } index
            ? new ConfirmResult(index == 0)
            : null;
}
