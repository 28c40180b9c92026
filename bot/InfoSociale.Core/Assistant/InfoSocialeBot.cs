using InfoSociale.Core.Activities;
using InfoSociale.Core.Answers;
using InfoSociale.Core.Conversations;
using InfoSociale.Core.Dialogs;
using InfoSociale.Core.Feedback;
using InfoSociale.Core.Handoff;
using InfoSociale.Core.KnowledgeBase;
using InfoSociale.Core.Orientation;
using InfoSociale.Core.Orientation.Guided;
using InfoSociale.Core.Search;

namespace InfoSociale.Core.Assistant;

// The assistant every channel talks to. It welcomes the resident (with the privacy notice) when they join or
// on their first message, then hands each message to the dialogs: global commands first, then the active
// dialog, else a new question.
public sealed class InfoSocialeBot : IBot
{
    private readonly TurnRunner _runner;
    private readonly DialogEngine _engine;
    private readonly EntryCatalog _catalog;
    private readonly AssistantSettings _settings;
    private readonly GlobalCommands _commands;

    // Orientation defaults to the repository's knowledge base, the system clock and feedback kept in memory.
    // Without handoff services, "parler à une personne" gives a contact card and nothing is handed over.
    public InfoSocialeBot(IConversationStore store, IKnowledgeSearch search, EntryCatalog catalog, Messages messages,
        AssistantSettings settings, OrientationServices? orientation = null, HandoffServices? handoff = null)
    {
        _catalog = catalog;
        _settings = settings;
        orientation ??= OrientationServices.Load(ProjectPaths.KnowledgeBase, catalog, TimeProvider.System, new InMemoryFeedbackStore());
        var cards = new AnswerCards(catalog, messages, orientation.Clock);
        _runner = new TurnRunner(store, messages);
        // Urgent situations come before everything else, then where the resident lives and what they say about
        // themselves (after the feedback, which only takes a yes or a no), then the commands.
        _commands = new GlobalCommands(messages, cards, settings, TerritoryName, handsOver: handoff is not null);
        var results = new OrientationResults(catalog, orientation.ImpliedFacts);
        var parcours = new ParcoursDialog(orientation.Parcours, results, cards, offersPerson: handoff is not null);
        var handoffDialog = handoff is null ? null : new HandoffDialog(handoff, cards, catalog, orientation.Clock);
        _engine = new DialogEngine(
            AssistantDialogs.Create(search, cards, new Clarification(catalog, messages), orientation.Scope, orientation.Parcours, results, parcours,
                handoffDialog),
            [
                new UrgencyInterruption(orientation.Urgency, cards),
                .. handoff is null ? Array.Empty<IInterruption>() : [new HandoffStatusInterruption(handoff, catalog.Territories.Keys.ToList())],
                new LocationInterruption(orientation.Location, catalog),
                new FeedbackInterruption(orientation.Feedback, orientation.Clock),
                new ProfileInterruption(orientation.Profile, orientation.Location, catalog, parcours),
                _commands,
                new ParcoursStart(orientation.Parcours),
            ],
            AssistantDialogs.Answer);
    }

    public async Task OnTurnAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var territory = ConversationTerritory.Read(turn.Activity, _settings.DefaultTerritory);
        if (!_catalog.Territories.ContainsKey(territory)) territory = _settings.DefaultTerritory;
        await _runner.RunAsync(turn, territory, HandleAsync, cancellationToken);
    }

    private Task<TurnOutcome> HandleAsync(Turn turn, CancellationToken cancellationToken)
    {
        if (turn.State.Territory is { } said && _catalog.Territories.ContainsKey(said)) turn.Territory = said;
        switch (turn.Activity.Type)
        {
            case ActivityTypes.ConversationUpdate when ResidentJoined(turn.Activity) && !turn.State.Welcomed:
                Welcome(turn);
                return Task.FromResult(TurnOutcome.NoActiveDialog);
            case ActivityTypes.Message when !turn.State.Welcomed:
                Welcome(turn);
                return _commands.IsGreeting(turn) ? Task.FromResult(TurnOutcome.NoActiveDialog) : _engine.RunAsync(turn, cancellationToken);
            case ActivityTypes.Message:
                return _engine.RunAsync(turn, cancellationToken);
            case ActivityTypes.EndOfConversation:
                // The resident closed the chat (or the kiosk ended the session): nothing they said is kept.
                turn.State = ConversationState.New;
                return Task.FromResult(TurnOutcome.NoActiveDialog);
            default:
                return Task.FromResult(TurnOutcome.NoActiveDialog);
        }
    }

    private void Welcome(Turn turn)
    {
        var messages = turn.Messages;
        turn.Ask(string.Join("\n\n",
            messages.Text("welcome.hello", ("territory", TerritoryName(turn.Territory))),
            messages.Text("welcome.privacy", ("days", _settings.RetentionDays.ToString())),
            messages.Text("welcome.ask")));
        turn.State = turn.State with { Welcomed = true };
    }

    private static bool ResidentJoined(Activity update) =>
        update.MembersAdded?.Any(member => member.Id != update.Recipient?.Id) == true;

    private string TerritoryName(string territory) =>
        _catalog.Territories.TryGetValue(territory, out var known) ? known.Name : territory;
}
