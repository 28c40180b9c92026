namespace InfoSociale.Core.Dialogs;

// What a dialog hands back to its parent when it ends. Parents pattern-match on the kind they expect;
// new dialogs add their own record.
public abstract record DialogResult
{
    public static DialogResult None { get; } = new NoResult();
}

public sealed record NoResult : DialogResult;

public sealed record TextResult(string Text) : DialogResult;

public sealed record ChoiceResult(int Index, string Title) : DialogResult;

public sealed record ConfirmResult(bool Confirmed) : DialogResult;

// A prompt that got no usable answer after its last attempt (it already said so).
public sealed record PromptGaveUp : DialogResult;

// What a parent passes to a dialog it begins; each dialog defines its own record.
public abstract record DialogOptions;
