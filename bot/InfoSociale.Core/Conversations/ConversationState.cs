using InfoSociale.Core.Dialogs;

namespace InfoSociale.Core.Conversations;

// Everything the bot remembers about one conversation between turns, saved as one JSON document.
public sealed record ConversationState
{
    public static ConversationState New { get; } = new();

    // Active dialogs, the root first and the one that waits for the resident last.
    public IReadOnlyList<DialogInstance> Stack { get; init; } = [];

    public bool Welcomed { get; init; }

    // Facts the resident gave, by knowledge-base fact name ("age" -> "67", "household" -> "seul").
    public IReadOnlyDictionary<string, string> Answers { get; init; } = new Dictionary<string, string>();

    // Who the resident said they are and what they need (knowledge-base publics and themes, e.g. "aines", "logement"):
    // later searches rank the entries for them higher.
    public IReadOnlyList<string> Publics { get; init; } = [];
    public IReadOnlyList<string> Themes { get; init; } = [];

    // Where the resident said they live ("j'habite aux Pâquis"): it overrides the channel's territory.
    public string? Territory { get; init; }

    public string? Place { get; init; }

    // The entry just shown in detail, while "Cette réponse vous aide ?" waits for a yes or a no.
    public string? FeedbackFor { get; init; }

    // "recommencer": no dialog, no answer; the welcome is not repeated.
    public ConversationState Forgotten() => New with { Welcomed = Welcomed };
}
