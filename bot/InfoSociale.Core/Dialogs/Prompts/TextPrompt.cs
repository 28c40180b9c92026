namespace InfoSociale.Core.Dialogs.Prompts;

// Any words at all; only an empty message (a file, a sticker) is asked again.
public sealed class TextPrompt(string id = "text-prompt") : Prompt(id)
{
    protected override DialogResult? Recognize(Turn turn, PromptOptions options) =>
        turn.Text.Length > 0 ? new TextResult(turn.Text) : null;
}
