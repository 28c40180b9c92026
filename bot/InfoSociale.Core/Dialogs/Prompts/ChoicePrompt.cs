namespace InfoSociale.Core.Dialogs.Prompts;

// One of the offered choices, shown as buttons; typed as its number, its title, a synonym or with a typo.
public sealed class ChoicePrompt(string id = "choice-prompt") : Prompt(id)
{
    protected override DialogResult? Recognize(Turn turn, PromptOptions options) =>
        ChoiceRecognizer.Recognize(turn.Text, options.Choices) is { } index
            ? new ChoiceResult(index, options.Choices[index].Title)
            : null;
}
