using InfoSociale.Core.Answers;
using InfoSociale.Core.Dialogs;
using InfoSociale.Core.Dialogs.Prompts;
using InfoSociale.Core.Orientation.Eligibility;
using InfoSociale.Core.Orientation.Guided;

namespace InfoSociale.Core.Assistant;

public sealed record ParcoursOptions(string ParcoursId) : DialogOptions;

// The resident stated in their own words what the waiting question asks ("j'ai 72 ans" to "Quel âge avez-vous ?"):
// the facts are in the conversation already, so the parcours moves on (ProfileInterruption ends the prompt with it).
public sealed record FactsNoted : DialogResult;

// Guided orientation ("Je ne sais pas par où commencer"): asks the parcours' questions one by one as choices,
// skipping those whose fact the conversation already knows (or that an answer implies), then asks one follow-up
// question when a strong candidate depends on a fact nobody asked, then says what the resident may be entitled to.
// Facts are kept in the conversation (ConversationState.Answers) for later questions and parcours; the publics and
// themes chosen too, so later free questions rank the entries for them higher (AnswerDialog).
// offersPerson: a path that went through a choice marked `handoff: true` ends with the offer of a person.
public sealed class ParcoursDialog(IReadOnlyList<Parcours> all, OrientationResults results, AnswerCards cards, bool offersPerson = false)
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
        if (childResult is FactsNoted)
        {
            var known = Find(progress.ParcoursId);
            return NextAsync(dc, known, ParcoursRunner.SkipKnown(known, progress, Facts(dc.Turn)), cancellationToken);
        }
        if (childResult is not ChoiceResult choice) return dc.EndAsync(childResult, cancellationToken);

        var parcours = Find(progress.ParcoursId);
        var question = ParcoursRunner.Current(parcours, progress)!;
        var (next, _) = ParcoursRunner.Answer(parcours, progress, Facts(dc.Turn), choice.Index);
        var chosen = question.Choices[choice.Index];
        dc.Turn.State = dc.Turn.State.Noting(chosen.Publics, chosen.Themes, chosen.Facts);
        // The answer may imply the fact of a later question ("à la retraite" -> a pension): skip it too.
        return NextAsync(dc, parcours, ParcoursRunner.SkipKnown(parcours, next, Facts(dc.Turn)), cancellationToken);
    }

    // The fact the waiting parcours question sets ("age"), when the prompt that waits is one of its questions.
    public string? AwaitedFact(DialogContext dc)
    {
        if (dc.Stack.Count < 2 || dc.Stack[^2].DialogId != Id || dc.GetState<ParcoursProgress>(dc.Stack.Count - 2) is not { } progress)
            return null;
        return ParcoursRunner.Current(Find(progress.ParcoursId), progress)?.Fact;
    }

    private Task<TurnOutcome> NextAsync(DialogContext dc, Parcours parcours, ParcoursProgress progress, CancellationToken cancellationToken)
    {
        dc.SetState(progress);
        if (ParcoursRunner.Current(parcours, progress) is { } question)
            return dc.BeginAsync(AssistantDialogs.ChoicePrompt, new PromptOptions(question.Ask)
            {
                Choices = question.Choices.Select(c => new Choice(c.Label) { Synonyms = c.Also }).ToList(),
            }, cancellationToken);

        var facts = Facts(dc.Turn);
        var verdicts = results.For(progress, dc.Turn.Territory, facts);
        if (results.FollowUp(parcours, progress, verdicts) is { } followUp)
            return NextAsync(dc, parcours, ParcoursRunner.AskFollowUp(progress, followUp), cancellationToken);
        dc.Turn.Send(cards.Eligibility(dc.Turn.Activity, verdicts, dc.Turn.Territory));
        if (offersPerson && progress.Complex) dc.Turn.Say(dc.Turn.Messages.Text("handoff.offer.parcours"), Reply.Suggest([cards.HumanAction]));
        return dc.EndAsync(DialogResult.None, cancellationToken);
    }

    private Parcours Find(string id) =>
        all.FirstOrDefault(p => p.Id == id) ?? throw new InvalidOperationException($"No parcours has the id '{id}'.");

    private ResidentFacts Facts(Turn turn) => results.Facts(turn.State.Answers);
}
