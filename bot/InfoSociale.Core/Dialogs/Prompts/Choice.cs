namespace InfoSociale.Core.Dialogs.Prompts;

// One answer the bot offers: the title shown on the button, plus other ways residents say it.
public sealed record Choice(string Title)
{
    public IReadOnlyList<string> Synonyms { get; init; } = [];

    public IEnumerable<string> Phrases => Synonyms.Prepend(Title);
}
