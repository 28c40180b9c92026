using InfoSociale.Core.Answers;
using InfoSociale.Core.Dialogs;
using InfoSociale.Core.Orientation.Urgency;

namespace InfoSociale.Core.Assistant;

// First on every message, before commands and dialogs: an urgent situation gets the urgent answer alone.
// The dialog that was waiting stays where it was; the resident can go on with it after calling.
public sealed class UrgencyInterruption(UrgencyDetector detector, AnswerCards cards) : IInterruption
{
    public Task<TurnOutcome?> TryHandleAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var turn = dc.Turn;
        if (!turn.IsMessage || turn.Text.Length == 0) return Task.FromResult<TurnOutcome?>(null);
        var situations = detector.Detect(turn.Text);
        if (situations.Count == 0) return Task.FromResult<TurnOutcome?>(null);

        turn.Send(cards.Urgent(turn.Activity, situations, turn.Territory));
        turn.State = turn.State with { Urgent = true };
        return Task.FromResult<TurnOutcome?>(dc.Active is null ? TurnOutcome.NoActiveDialog : TurnOutcome.Waiting);
    }
}
