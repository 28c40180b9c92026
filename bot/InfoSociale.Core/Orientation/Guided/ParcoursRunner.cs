using InfoSociale.Core.Orientation.Eligibility;

namespace InfoSociale.Core.Orientation.Guided;

// Where a resident is in a parcours, and what their answers chose so far. Facts go to the conversation's facts.
public sealed record ParcoursProgress(string ParcoursId, string Position)
{
    public IReadOnlyList<string> Publics { get; init; } = [];
    public IReadOnlyList<string> Themes { get; init; } = [];
    public IReadOnlyList<string> Entries { get; init; } = [];
    public int Asked { get; init; }

    // A choice marked `handoff: true` was made: the case needs a person, so the results come with that offer.
    public bool Complex { get; init; }
    // Follow-up questions asked after the path (see Parcours.FollowUps).
    public int FollowUpsAsked { get; init; }

    public bool Finished => Position == Parcours.Result;
}

// Walks a parcours: skips a question whose fact the conversation already knows, applies an answer's facts,
// publics, themes and entries, and moves on. Pure: the dialog that uses it stores the progress and the facts.
public static class ParcoursRunner
{
    public static ParcoursProgress Start(Parcours parcours, ResidentFacts known) =>
        SkipKnown(parcours, new ParcoursProgress(parcours.Id, parcours.Start), known);

    public static ParcoursQuestion? Current(Parcours parcours, ParcoursProgress progress) => parcours.Question(progress.Position);

    public static (ParcoursProgress Progress, ResidentFacts Facts) Answer(
        Parcours parcours, ParcoursProgress progress, ResidentFacts facts, int choiceIndex)
    {
        var question = Current(parcours, progress) ?? throw new InvalidOperationException($"{parcours.Id} is finished");
        var choice = question.Choices[choiceIndex];
        var updatedFacts = choice.Facts.Aggregate(facts, (f, fact) => f.With(fact.Key, fact.Value));
        var moved = progress with
        {
            Position = choice.Next,
            Publics = progress.Publics.Union(choice.Publics).ToList(),
            Themes = progress.Themes.Union(choice.Themes).ToList(),
            Entries = progress.Entries.Union(choice.Entries).ToList(),
            Asked = progress.Asked + 1,
            Complex = progress.Complex || choice.Handoff,
        };
        return (SkipKnown(parcours, moved, updatedFacts), updatedFacts);
    }

    // After the path: ask this follow-up question, then come back to the result.
    public static ParcoursProgress AskFollowUp(ParcoursProgress progress, ParcoursQuestion followUp) =>
        progress with { Position = followUp.Id, FollowUpsAsked = progress.FollowUpsAsked + 1 };

    // "Quel âge avez-vous ?" is not asked again when the resident already said it.
    public static ParcoursProgress SkipKnown(Parcours parcours, ParcoursProgress progress, ResidentFacts facts)
    {
        while (Current(parcours, progress) is { Fact: { } fact, Next: { } next } && facts.IsKnown(fact))
            progress = progress with { Position = next };
        return progress;
    }
}
