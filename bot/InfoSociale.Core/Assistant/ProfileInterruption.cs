using InfoSociale.Core.Dialogs;
using InfoSociale.Core.KnowledgeBase;
using InfoSociale.Core.Orientation.Location;
using InfoSociale.Core.Orientation.Profile;

namespace InfoSociale.Core.Assistant;

// "je suis retraitée", "j'ai 72 ans", "je suis maman solo": what residents say about themselves is noted for the
// conversation (publics rank later answers higher, facts serve eligibility and spare parcours questions), and the
// message goes on to be answered: "je suis retraité, j'ai besoin d'aide pour payer mon loyer". A message that says
// only that (perhaps with where the resident lives) gets a short acknowledgement. "recommencer" forgets it all.
public sealed class ProfileInterruption(ProfileRecognizer recognizer, LocationRecognizer places, EntryCatalog catalog, ParcoursDialog parcours)
    : IInterruption
{
    public async Task<TurnOutcome?> TryHandleAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var turn = dc.Turn;
        if (!turn.IsMessage || recognizer.Recognize(turn.Text) is not { } said) return null;
        turn.State = turn.State.Noting(said.Publics, [], said.Facts);
        if (Acknowledgement(turn.Messages, said) is not { } noted) return null;

        if (dc.Active is null)
        {
            turn.Ask(turn.Messages.Text("about.noted", ("facts", noted)));
            return TurnOutcome.NoActiveDialog;
        }
        if (dc.Active.DialogId == AssistantDialogs.ChoicePrompt)
        {
            // The parcours asks what the resident just said ("Quel âge avez-vous ?", "j'ai 72 ans"): it moves on.
            // Otherwise the words may hold a choice ("je suis retraitée" picks "Une personne âgée"): the prompt reads them.
            if (parcours.AwaitedFact(dc) is not { } awaited || said.Facts.All(f => f.Key != awaited)) return null;
            turn.Say(turn.Messages.Text("about.noted_short", ("facts", noted)));
            return await dc.EndAsync(new FactsNoted(), cancellationToken);
        }
        // A dialog that waited asks its question again, so the resident is not left with two questions.
        turn.Say(turn.Messages.Text("about.noted_short", ("facts", noted)));
        await dc.RepromptAsync(cancellationToken);
        return TurnOutcome.Waiting;
    }

    // "vous êtes à la retraite et que vous habitez à Genève (Pâquis)"; null when the message says more than that.
    private string? Acknowledgement(Messages messages, SaidAboutSelf said)
    {
        if (said.SaysOnlyThat) return ProfileMessages.Said(messages, said.Statements);
        if (places.Recognize(string.Join(' ', said.OtherWords)) is not { SaysOnlyWhere: true } location
            || !catalog.Territories.TryGetValue(location.Territory, out var territory))
            return null;
        return ProfileMessages.Joined(messages,
            [ProfileMessages.Said(messages, said.Statements), messages.Text("about.place", ("place", LocationInterruption.Where(territory, location)))]);
    }
}
