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

    // An urgent situation was recognised in this conversation: a request handed to a person is marked urgent.
    public bool Urgent { get; init; }

    // Questions in a row the search found nothing for; at two, the bot offers a person.
    public int NoAnswersInARow { get; init; }

    // The entry just shown in detail, while "Cette réponse vous aide ?" waits for a yes or a no.
    public string? FeedbackFor { get; init; }

    // What the resident said about themselves, added to what they said before (a fact said again takes its new value).
    public ConversationState Noting(
        IEnumerable<string> publics, IEnumerable<string> themes, IEnumerable<KeyValuePair<string, string>> facts)
    {
        var answers = new Dictionary<string, string>(Answers);
        foreach (var (fact, value) in facts) answers[fact] = value;
        return this with { Answers = answers, Publics = Publics.Union(publics).ToList(), Themes = Themes.Union(themes).ToList() };
    }

    // "recommencer": no dialog, no answer; the welcome is not repeated.
    public ConversationState Forgotten() => New with { Welcomed = Welcomed };
}
