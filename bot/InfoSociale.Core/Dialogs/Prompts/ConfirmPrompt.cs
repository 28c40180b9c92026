namespace InfoSociale.Core.Dialogs.Prompts;

// Oui / Non, with the ways residents say it ("ouais", "d'accord", "non merci"…) from the message catalogue.
public sealed class ConfirmPrompt(string id = "confirm-prompt") : Prompt(id)
{
    public static IReadOnlyList<Choice> YesOrNo(Messages messages) =>
    [
        new(messages.Text("confirm.yes")) { Synonyms = messages.Words("confirm.yes.words") },
        new(messages.Text("confirm.no")) { Synonyms = messages.Words("confirm.no.words") },
    ];

    protected override IReadOnlyList<Choice> ChoicesFor(Turn turn, PromptOptions options) => YesOrNo(turn.Messages);

    protected override DialogResult? Recognize(Turn turn, PromptOptions options) =>
        ChoiceRecognizer.Recognize(turn.Text, ChoicesFor(turn, options)) is { } index
            ? new ConfirmResult(index == 0)
            : null;
}
