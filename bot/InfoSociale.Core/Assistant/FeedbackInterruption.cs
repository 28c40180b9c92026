using InfoSociale.Core.Dialogs;
using InfoSociale.Core.Dialogs.Prompts;
using InfoSociale.Core.Feedback;

namespace InfoSociale.Core.Assistant;

// The answer in detail ends with "Cette réponse vous aide ?" (Oui / Non). A yes or no right after it is stored
// without anything that identifies the resident, and thanked; anything else goes on as usual.
public sealed class FeedbackInterruption(IFeedbackStore store, TimeProvider clock) : IInterruption
{
    public async Task<TurnOutcome?> TryHandleAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var turn = dc.Turn;
        if (!turn.IsMessage || turn.State.FeedbackFor is not { } entryId) return null;
        turn.State = turn.State with { FeedbackFor = null };

        Choice[] answers =
        [
            new(turn.Messages.Text("confirm.yes")) { Synonyms = turn.Messages.Words("confirm.yes.words") },
            new(turn.Messages.Text("confirm.no")) { Synonyms = turn.Messages.Words("confirm.no.words") },
        ];
        if (ChoiceRecognizer.Recognize(turn.Text, answers, ChoiceMatching.WholeMessage) is not { } index) return null;

        var helpful = index == 0;
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        await store.AddAsync(new AnswerFeedback(entryId, turn.Territory, helpful, today), cancellationToken);
        turn.Say(turn.Messages.Text(helpful ? "feedback.thanks_yes" : "feedback.thanks_no"),
            Reply.Suggest([turn.Messages.Text("answer.action.another"), turn.Messages.Text("answer.action.human")]));
        return dc.Active is null ? TurnOutcome.NoActiveDialog : TurnOutcome.Waiting;
    }
}
