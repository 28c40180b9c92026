using InfoSociale.Core.Answers;
using InfoSociale.Core.Dialogs;
using InfoSociale.Core.Dialogs.Prompts;
using InfoSociale.Core.Search;

namespace InfoSociale.Core.Assistant;

// The root dialog: a free question is answered with the best search results as cards, then the resident
// may ask for the details of one, ask another question, or simply type a new one.
public sealed class AnswerDialog(IKnowledgeSearch search, AnswerCards cards) : Dialog(AssistantDialogs.Answer)
{
    private const int ResultsShown = 3;

    public sealed record State(string Question, IReadOnlyList<SearchHit> Shown);

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
            1 => dc.BeginAsync(AssistantDialogs.TextPrompt, new PromptOptions(dc.Turn.Messages.Text("answer.ask")), cancellationToken),
            2 => ShowHumanContactAsync(dc),
            { } picked => ShowDetailsAsync(dc, state.Shown[picked - 3]),
            null => AnswerAsync(dc, dc.Turn.Text, cancellationToken),
        };
    }

    public override Task<TurnOutcome> ResumeAsync(DialogContext dc, DialogResult childResult, CancellationToken cancellationToken) =>
        childResult switch
        {
            ChoiceResult picked => ShowDetailsAsync(dc, dc.GetState<State>()!.Shown[picked.Index]),
            TextResult question => AnswerAsync(dc, question.Text, cancellationToken),
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
        var hits = search.Search(new SearchRequest(question, turn.Territory, ResultsShown));
        if (hits.Count == 0)
        {
            turn.Send(cards.NoAnswer(turn.Activity, question));
            turn.Send(cards.HumanContact(turn.Activity, turn.Territory));
            return dc.EndAsync(DialogResult.None, cancellationToken);
        }
        turn.Send(cards.Results(turn.Activity, question, hits));
        dc.SetState(new State(question, hits));
        return Task.FromResult(TurnOutcome.Waiting);
    }

    private Task<TurnOutcome> ShowHumanContactAsync(DialogContext dc)
    {
        dc.Turn.Send(cards.HumanContact(dc.Turn.Activity, dc.Turn.Territory));
        return Task.FromResult(TurnOutcome.Waiting);
    }

    private Task<TurnOutcome> ShowDetailsAsync(DialogContext dc, SearchHit hit)
    {
        dc.Turn.Send(cards.Details(dc.Turn.Activity, hit));
        return Task.FromResult(TurnOutcome.Waiting);
    }
}
