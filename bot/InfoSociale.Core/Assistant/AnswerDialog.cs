using InfoSociale.Core.Observability;
using InfoSociale.Core.Answers;
using InfoSociale.Core.Dialogs;
using InfoSociale.Core.Dialogs.Prompts;
using InfoSociale.Core.Orientation.Guided;
using InfoSociale.Core.Orientation.Scope;
using InfoSociale.Core.Search;

namespace InfoSociale.Core.Assistant;

// The root dialog: a free question is answered with the best search results as cards, then the resident
// may ask for the details of one, ask another question, or simply type a new one. A request the search cannot
// serve gets its own answer first: a vague one is offered the guided orientation, an off-topic one hears what
// the assistant answers. When the resident said who they are, more results are fetched and ranked for them
// (OrientationResults) before the best ones are shown.
// offersPerson: after two questions in a row without an answer, the bot offers to hand the resident to a person.
public sealed class AnswerDialog(
    IKnowledgeSearch search, AnswerCards cards, Clarification clarification, RequestScope scope, IReadOnlyList<Parcours> guided,
    OrientationResults results, bool offersPerson = false)
    : Dialog(AssistantDialogs.Answer)
{
    private const int ResultsShown = 3;
    private const int ResultsRankedForProfile = 6;

    // Clarifying: the bot asked which result the resident means before showing any (see Clarification).
    public sealed record State(string Question, IReadOnlyList<SearchHit> Shown, bool Clarifying = false);

    public override Task<TurnOutcome> BeginAsync(DialogContext dc, DialogOptions? options, CancellationToken cancellationToken) =>
        AnswerAsync(dc, dc.Turn.Text, cancellationToken);

    public override Task<TurnOutcome> ContinueAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var state = dc.GetState<State>()!;
        // In the order of the suggested actions, so "3" is the third button; then the cards' own buttons (their titles).
        Choice[] offered = [.. cards.FollowUps.Select(action => new Choice(action)), .. state.Shown.Select(hit => new Choice(hit.Title))];
        return ChoiceRecognizer.Recognize(dc.Turn.Text, offered) switch
        {
            0 when state.Shown.Count == 1 => ShowDetailsAsync(dc, state.Shown[0]),
            0 => dc.BeginAsync(AssistantDialogs.ChoicePrompt, new PromptOptions(dc.Turn.Messages.Text("answer.which"))
            {
                Choices = state.Shown.Select(hit => new Choice(hit.Title)).ToList(),
            }, cancellationToken),
            1 => ShowWhereToGoAsync(dc, state.Shown[0]),
            2 => dc.BeginAsync(AssistantDialogs.TextPrompt, new PromptOptions(dc.Turn.Messages.Text("answer.ask")), cancellationToken),
            3 => ShowHumanContactAsync(dc),
            { } picked => ShowDetailsAsync(dc, state.Shown[picked - 4]),
            null => AnswerAsync(dc, dc.Turn.Text, cancellationToken),
        };
    }

    public override Task<TurnOutcome> ResumeAsync(DialogContext dc, DialogResult childResult, CancellationToken cancellationToken) =>
        (childResult, dc.GetState<State>()!) switch
        {
            (ChoiceResult picked, { Clarifying: true } state) when picked.Index < state.Shown.Count => AnsweredAsync(dc, state, state.Shown[picked.Index]),
            (ChoiceResult or PromptGaveUp, { Clarifying: true } state) => ShowResultsAsync(dc, state),
            (ChoiceResult picked, var state) => ShowDetailsAsync(dc, state.Shown[picked.Index]),
            (TextResult question, _) => AnswerAsync(dc, question.Text, cancellationToken),
            _ => dc.EndAsync(childResult, cancellationToken),
        };

    public override Task RepromptAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        dc.Turn.Ask(dc.Turn.Messages.Text("answer.reprompt"), Reply.Suggest(cards.FollowUps));
        return Task.CompletedTask;
    }

    private Task<TurnOutcome> AnswerAsync(DialogContext dc, string question, CancellationToken cancellationToken)
    {
        var turn = dc.Turn;
        if (question.Length == 0)
        {
            turn.Ask(turn.Messages.Text("input.no_text"));
            return dc.EndAsync(DialogResult.None, cancellationToken);
        }
        switch (scope.Recognize(question))
        {
            case RequestKind.Vague:
                turn.Send(cards.Vague(turn.Activity, guided.Select(p => p.Title).ToList()));
                return dc.EndAsync(DialogResult.None, cancellationToken);
            case RequestKind.OutOfScope:
                turn.Send(cards.OutOfScope(turn.Activity));
                return dc.EndAsync(DialogResult.None, cancellationToken);
        }
        var facts = results.Facts(turn.State.Answers);
        var found = search.Search(new SearchRequest(question, turn.Territory, facts.IsEmpty ? ResultsShown : ResultsRankedForProfile)
        {
            Publics = turn.State.Publics,
            Themes = turn.State.Themes,
        });
        var hits = results.ForAnswer(found, hit => hit.Id, turn.State.Themes, facts).Take(ResultsShown).ToList();
        var misses = hits.Count == 0 ? turn.State.NoAnswersInARow + 1 : 0;
        if (misses != turn.State.NoAnswersInARow) turn.State = turn.State with { NoAnswersInARow = misses };
        if (hits.Count == 0)
        {
            AssistantMetrics.NoAnswers.Add(1);
            turn.Send(cards.NoAnswer(turn.Activity, question));
            turn.Send(cards.HumanContact(turn.Activity, turn.Territory));
            if (offersPerson && misses >= 2) turn.Say(turn.Messages.Text("handoff.offer.no_answer"), Reply.Suggest([cards.HumanAction]));
            return dc.EndAsync(DialogResult.None, cancellationToken);
        }
        if (clarification.ShouldAsk(hits))
        {
            dc.SetState(new State(question, hits, Clarifying: true));
            return dc.BeginAsync(AssistantDialogs.ChoicePrompt, new PromptOptions(turn.Messages.Text("answer.clarify"))
            {
                Choices = [.. clarification.Choices(hits), new Choice(turn.Messages.Text("answer.clarify.all"))],
            }, cancellationToken);
        }
        return ShowResultsAsync(dc, new State(question, hits));
    }

    private Task<TurnOutcome> ShowResultsAsync(DialogContext dc, State state)
    {
        dc.Turn.Send(cards.Results(dc.Turn.Activity, state.Question, state.Shown));
        dc.SetState(state with { Clarifying = false });
        return Task.FromResult(TurnOutcome.Waiting);
    }

    // The resident picked one result after a clarifying question: that one is the answer.
    private Task<TurnOutcome> AnsweredAsync(DialogContext dc, State state, SearchHit picked)
    {
        dc.SetState(state with { Shown = [picked], Clarifying = false });
        return ShowDetailsAsync(dc, picked);
    }

    private Task<TurnOutcome> ShowHumanContactAsync(DialogContext dc)
    {
        dc.Turn.Send(cards.HumanContact(dc.Turn.Activity, dc.Turn.Territory));
        return Task.FromResult(TurnOutcome.Waiting);
    }

    // "Où aller ?" answers for the best result, the one the resident most likely needs.
    private Task<TurnOutcome> ShowWhereToGoAsync(DialogContext dc, SearchHit hit)
    {
        dc.Turn.Send(cards.WhereToGo(dc.Turn.Activity, hit));
        return Task.FromResult(TurnOutcome.Waiting);
    }

    private Task<TurnOutcome> ShowDetailsAsync(DialogContext dc, SearchHit hit)
    {
        dc.Turn.Send(cards.Details(dc.Turn.Activity, hit));
        dc.Turn.State = dc.Turn.State with { FeedbackFor = hit.Id };
        return Task.FromResult(TurnOutcome.Waiting);
    }
}
