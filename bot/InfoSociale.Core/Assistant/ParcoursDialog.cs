using InfoSociale.Core.Answers;
using InfoSociale.Core.Dialogs;
using InfoSociale.Core.Dialogs.Prompts;
using InfoSociale.Core.Orientation.Eligibility;
using InfoSociale.Core.Orientation.Guided;

namespace InfoSociale.Core.Assistant;

public sealed record ParcoursOptions(string ParcoursId) : DialogOptions;

// Guided orientation ("Je ne sais pas par où commencer"): asks the parcours' questions one by one as choices,
// skipping those whose fact the conversation already knows, then says what the resident may be entitled to.
// Facts are kept in the conversation (ConversationState.Answers) for later questions and parcours; the publics and
// themes chosen too, so later free questions rank the entries for them higher (AnswerDialog).
public sealed class ParcoursDialog(IReadOnlyList<Parcours> all, OrientationResults results, AnswerCards cards)
    : Dialog(AssistantDialogs.Parcours)
{
    public override Task<TurnOutcome> BeginAsync(DialogContext dc, DialogOptions? options, CancellationToken cancellationToken)
    {
        var parcours = Find(((ParcoursOptions)options!).ParcoursId);
        return NextAsync(dc, parcours, ParcoursRunner.Start(parcours, Facts(dc.Turn)), cancellationToken);
    }

    public override Task<TurnOutcome> ResumeAsync(DialogContext dc, DialogResult childResult, CancellationToken cancellationToken)
    {
        var progress = dc.GetState<ParcoursProgress>()!;
        if (childResult is not ChoiceResult choice) return dc.EndAsync(childResult, cancellationToken);

        var parcours = Find(progress.ParcoursId);
        var question = ParcoursRunner.Current(parcours, progress)!;
        var (next, _) = ParcoursRunner.Answer(parcours, progress, Facts(dc.Turn), choice.Index);
        var chosen = question.Choices[choice.Index];
        var answers = new Dictionary<string, string>(dc.Turn.State.Answers);
        foreach (var (fact, value) in chosen.Facts) answers[fact] = value;
        dc.Turn.State = dc.Turn.State with
        {
            Answers = answers,
            Publics = dc.Turn.State.Publics.Union(chosen.Publics).ToList(),
            Themes = dc.Turn.State.Themes.Union(chosen.Themes).ToList(),
        };
        return NextAsync(dc, parcours, next, cancellationToken);
    }

    private Task<TurnOutcome> NextAsync(DialogContext dc, Parcours parcours, ParcoursProgress progress, CancellationToken cancellationToken)
    {
        dc.SetState(progress);
        if (ParcoursRunner.Current(parcours, progress) is { } question)
            return dc.BeginAsync(AssistantDialogs.ChoicePrompt, new PromptOptions(question.Ask)
            {
                Choices = question.Choices.Select(c => new Choice(c.Label) { Synonyms = c.Also }).ToList(),
            }, cancellationToken);

        var verdicts = results.For(progress, dc.Turn.Territory, Facts(dc.Turn));
        dc.Turn.Send(cards.Eligibility(dc.Turn.Activity, verdicts, dc.Turn.Territory));
        return dc.EndAsync(DialogResult.None, cancellationToken);
    }

    private Parcours Find(string id) =>
        all.FirstOrDefault(p => p.Id == id) ?? throw new InvalidOperationException($"No parcours has the id '{id}'.");

    private static ResidentFacts Facts(Turn turn) => ResidentFacts.From(turn.State.Answers);
}
