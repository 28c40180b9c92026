namespace InfoSociale.Core.Orientation.Guided;

// A guided orientation path read from knowledge-base/parcours/<id>.yaml: questions with choices; each choice may
// set facts about the resident, publics and themes, and name entries to propose; "next" leads to another
// question or to "resultat" (what the resident may be entitled to). Follow-up questions are asked after the path,
// one at most, when a strong candidate of the results still depends on a fact nobody asked (OrientationResults).
public sealed record Parcours(
    string Id,
    string Title,
    IReadOnlyList<string> Triggers,
    string Start,
    IReadOnlyList<ParcoursQuestion> Questions,
    string SourceFile)
{
    public const string Result = "resultat";

    public IReadOnlyList<ParcoursQuestion> FollowUps { get; init; } = [];

    public ParcoursQuestion? Question(string id) => Questions.Concat(FollowUps).FirstOrDefault(q => q.Id == id);

    public ParcoursQuestion? FollowUpFor(string fact) => FollowUps.FirstOrDefault(q => q.Fact == fact);
}

// "fact": the question sets that fact; when the conversation already knows it, the question is skipped.
public sealed record ParcoursQuestion(string Id, string Ask, string? Fact, IReadOnlyList<ParcoursChoice> Choices, string? Next);

public sealed record ParcoursChoice(string Label, string Next)
{
    public IReadOnlyList<string> Also { get; init; } = [];
    public IReadOnlyDictionary<string, string> Facts { get; init; } = new Dictionary<string, string>();
    public IReadOnlyList<string> Publics { get; init; } = [];
    public IReadOnlyList<string> Themes { get; init; } = [];
    public IReadOnlyList<string> Entries { get; init; } = [];

    // A complex case: at the end of the path the bot offers to hand the resident to a person.
    public bool Handoff { get; init; }
}
