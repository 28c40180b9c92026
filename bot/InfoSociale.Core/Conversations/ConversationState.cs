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

    // "recommencer": no dialog, no answer; the welcome is not repeated.
    public ConversationState Forgotten() => New with { Welcomed = Welcomed };
}
