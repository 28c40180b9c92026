using System.Text.Json;
using InfoSociale.Core.Activities;
using InfoSociale.Core.Answers;
using InfoSociale.Core.Conversations;
using InfoSociale.Core.Dialogs;
using InfoSociale.Core.Dialogs.Prompts;
using InfoSociale.Core.Handoff;
using InfoSociale.Core.KnowledgeBase;
using InfoSociale.Core.Places;

namespace InfoSociale.Core.Assistant;

// Hands the resident to the team of their territory, with their consent: it shows the summary it would send and asks
// what to share (summary, summary and conversation, nothing); then a minimal contact (an optional name, a phone, an
// e-mail or "je passerai à la permanence", a moment, a language); then it stores the ticket and says its reference and
// what happens next. Sharing nothing gives the team's public contact card, and only an anonymous count is kept.
// A message that answers none of the offered buttons, and is not a yes or a no, means the resident moved on (typed
// a new question, or tapped a theme on the kiosk): nothing is sent and the message is answered as a new question.
public sealed class HandoffDialog(HandoffServices services, AnswerCards cards, EntryCatalog catalog, TimeProvider clock) : Dialog(AssistantDialogs.Handoff)
{
    private const int LongestName = 40;
    private const int ContactAttempts = 3;
    private static readonly string[] Languages = ["fr", "en", "es", "pt"];

    public enum Step { Consent, Name, Way, Phone, Email, BestTime, Language }

    public sealed record Options(TicketSummary Summary) : DialogOptions;

    public sealed record State(Step Step, string Team, TicketSummary Summary, bool OffersTranscript)
    {
        public bool ShareTranscript { get; init; }
        public string? Name { get; init; }
        public ContactWay Way { get; init; }
        public string? Phone { get; init; }
        public string? Email { get; init; }
        public string? BestTime { get; init; }
        public int Attempts { get; init; }
    }

    // Begins the handoff from wherever the conversation is: what the resident saw is read from the dialogs first,
    // then the dialogs are closed (the resident is leaving them for a person).
    public static Task<TurnOutcome> StartAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var state = dc.Turn.State;
        var shown = dc.Stack
            .Where(instance => instance.DialogId == AssistantDialogs.Answer && instance.State is not null)
            .SelectMany(instance => instance.State!.Value.Deserialize<AnswerDialog.State>(ActivityJson.Options)?.Shown ?? [])
            .Select(hit => hit.Title)
            .Distinct()
            .ToList();
        var summary = new TicketSummary
        {
            Needs = state.Themes, Publics = state.Publics, Facts = state.Answers, EntriesShown = shown, Place = state.Place,
        };
        dc.CancelAll();
        return dc.BeginAsync(AssistantDialogs.Handoff, new Options(summary), cancellationToken);
    }

    public override async Task<TurnOutcome> BeginAsync(DialogContext dc, DialogOptions? options, CancellationToken cancellationToken)
    {
        var turn = dc.Turn;
        var summary = (options as Options)?.Summary ?? new TicketSummary();
        if (services.Teams.Route(turn.Territory, summary.Needs.ToList(), summary.Place) is not { } team)
        {
            turn.Say(turn.Messages.Text("handoff.no_team"));
            turn.Send(cards.HumanContact(turn.Activity, turn.Territory));
            return await dc.EndAsync(DialogResult.None, cancellationToken);
        }
        var offersTranscript = await services.Transcripts.ReadAsync(turn.Activity, cancellationToken) is not null;
        var state = new State(Step.Consent, team.Id, summary, offersTranscript);
        dc.SetState(state);
        Ask(turn, state);
        return TurnOutcome.Waiting;
    }

    public override Task RepromptAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        Ask(dc.Turn, dc.GetState<State>()!);
        return Task.CompletedTask;
    }

    public override async Task<TurnOutcome> ContinueAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var turn = dc.Turn;
        var state = dc.GetState<State>()!;
        if (!turn.IsMessage) return TurnOutcome.Waiting;
        var choices = Choices(turn, state);
        var picked = ChoiceRecognizer.Recognize(turn.Text, choices.Select(title => new Choice(title)).ToList());

        switch (state.Step)
        {
            case Step.Consent when picked == choices.Count - 1:
                return await RefuseAsync(dc, cancellationToken);
            case Step.Consent when picked is not null:
                return Go(dc, state with { Step = Step.Name, ShareTranscript = state.OffersTranscript && picked == 1 });
            case Step.Name when picked == 0:
                return Go(dc, state with { Step = Step.Way });
            case Step.Name when turn.Text.Length > LongestName:
                turn.Say(turn.Messages.Text("handoff.name.too_long"));
                return TurnOutcome.Waiting;
            case Step.Name when turn.Text.Length > 0:
                return Go(dc, state with { Step = Step.Way, Name = turn.Text });
            case Step.Way when picked is { } way:
                return Go(dc, way switch
                {
                    0 => state with { Step = Step.Phone, Way = ContactWay.Phone, Attempts = 0 },
                    1 => state with { Step = Step.Email, Way = ContactWay.Email, Attempts = 0 },
                    _ => state with { Step = Step.Language, Way = ContactWay.Permanence },
                });
            case Step.Phone:
                return ContactCheck.Phone(turn.Text) is var phoneProblem && phoneProblem == ContactProblem.None
                    ? Go(dc, state with { Step = Step.BestTime, Phone = ContactCheck.NormalizePhone(turn.Text) })
                    : Explain(dc, state, phoneProblem);
            case Step.Email:
                return ContactCheck.Email(turn.Text) is var emailProblem && emailProblem == ContactProblem.None
                    ? Go(dc, state with { Step = Step.BestTime, Email = turn.Text.Trim() })
                    : Explain(dc, state, emailProblem);
            case Step.BestTime when picked is { } moment:
                return Go(dc, state with { Step = Step.Language, BestTime = choices[moment] });
            case Step.Language when picked is { } language:
                return await CreateTicketAsync(dc, state, language < Languages.Length ? Languages[language] : "autre", cancellationToken);
            case Step.Consent or Step.Way or Step.BestTime or Step.Language when MovedOn(turn):
                turn.Say(turn.Messages.Text("handoff.left"));
                dc.CancelAll();
                return await dc.BeginAsync(AssistantDialogs.Answer, null, cancellationToken);
            default:
                turn.Say(turn.Messages.Text("prompt.retry", ("prompt", Question(turn, state))), choices.Count > 0 ? Reply.Suggest(choices) : null);
                return TurnOutcome.Waiting;
        }
    }

    private static bool MovedOn(Turn turn) =>
        turn.Text.Trim().Length > 1 && ChoiceRecognizer.Recognize(turn.Text, ConfirmPrompt.YesOrNo(turn.Messages)) is null;

    private TurnOutcome Go(DialogContext dc, State next)
    {
        dc.SetState(next);
        Ask(dc.Turn, next);
        return TurnOutcome.Waiting;
    }

    // Says what is wrong with the phone number or address; after the last attempt, back to the choice of a way.
    private TurnOutcome Explain(DialogContext dc, State state, ContactProblem problem)
    {
        var messages = dc.Turn.Messages;
        if (state.Attempts + 1 >= ContactAttempts)
        {
            dc.Turn.Say(messages.Text("handoff.contact.gave_up"));
            return Go(dc, state with { Step = Step.Way, Attempts = 0 });
        }
        var example = dc.Turn.Territory == "paris" ? "06 12 34 56 78" : "079 123 45 67";
        dc.Turn.Say(problem switch
        {
            ContactProblem.PhoneHasLetters => messages.Text("handoff.phone.letters", ("example", example)),
            ContactProblem.PhoneTooShort => messages.Text("handoff.phone.short", ("example", example)),
            ContactProblem.PhoneTooLong => messages.Text("handoff.phone.long", ("example", example)),
            ContactProblem.EmailWithoutAt => messages.Text("handoff.email.no_at"),
            _ => messages.Text("handoff.email.invalid"),
        });
        dc.SetState(state with { Attempts = state.Attempts + 1 });
        return TurnOutcome.Waiting;
    }

    private async Task<TurnOutcome> RefuseAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var turn = dc.Turn;
        await services.Tickets.CountRefusalAsync(turn.Territory, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), cancellationToken);
        turn.Say(turn.Messages.Text("handoff.refused"));
        turn.Send(cards.HumanContact(turn.Activity, turn.Territory));
        return await dc.EndAsync(DialogResult.None, cancellationToken);
    }

    private async Task<TurnOutcome> CreateTicketAsync(DialogContext dc, State state, string language, CancellationToken cancellationToken)
    {
        var turn = dc.Turn;
        var team = services.Teams.Find(state.Team)!;
        var transcript = state.ShareTranscript ? await services.Transcripts.ReadAsync(turn.Activity, cancellationToken) : null;
        var ticket = await services.Tickets.CreateAsync(new Ticket
        {
            Ref = "",
            Territory = turn.Territory,
            Team = team.Id,
            Priority = turn.State.Urgent ? TicketPriority.Urgent : TicketPriority.Normal,
            CreatedAt = clock.GetUtcNow(),
            Conversation = ConversationKey.For(turn.Activity),
            Summary = state.Summary,
            Contact = new TicketContact(state.Name, state.Way, state.Phone, state.Email, state.BestTime, language),
            Transcript = transcript,
        }, cancellationToken);

        if (services.InitiateEvent) turn.Send(InitiateEvent(turn.Activity, ticket));

        var zone = catalog.Territories.TryGetValue(turn.Territory, out var territory) ? territory.TimeZone : "UTC";
        var localNow = TimeZoneInfo.ConvertTime(clock.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById(zone)).DateTime;
        var next = NextStep.For(team, state.Way, services.Presence.IsOnline(team.Id), localNow);
        var messages = turn.Messages;
        var named = ("team", team.Name);
        turn.Say(string.Join("\n\n", messages.Text("handoff.done", ("ref", ticket.Ref)), next.Kind switch
        {
            NextStepKind.AvailableNow => messages.Text("handoff.next.online", named),
            NextStepKind.CallbackBy => messages.Text("handoff.next.callback", named,
                ("day", $"{FrenchClock.DayName(next.By!.Value.ToDateTime(TimeOnly.MinValue))} {FrenchClock.Date(next.By.Value)}")),
            NextStepKind.Permanence => messages.Text("handoff.next.permanence", named),
            _ => messages.Text("handoff.next.soon", named),
        }));
        return await dc.EndAsync(DialogResult.None, cancellationToken);
    }

    // Bot Framework's handoff convention: an event named handoff.initiate in the same conversation, the routing context as
    // its value and the shared transcript as an inline JSON attachment. Contact data stays in the ticket.
    private static Activity InitiateEvent(Activity incoming, Ticket ticket) => Reply.To(incoming, "") with
    {
        Type = ActivityTypes.Event,
        Name = "handoff.initiate",
        Text = null, TextFormat = null, Speak = null, Locale = null, InputHint = null,
        Value = JsonSerializer.SerializeToElement(new { reference = ticket.Ref, territory = ticket.Territory, team = ticket.Team,
            priority = ticket.Priority.ToString().ToLowerInvariant() }, ActivityJson.Options),
        Attachments = ticket.Transcript is null ? null :
        [
            new Attachment
            {
                ContentType = "application/json",
                Name = "Transcript",
                Content = JsonSerializer.SerializeToElement(new { activities = ticket.Transcript }, ActivityJson.Options),
            },
        ],
    };

    private void Ask(Turn turn, State state) => turn.Ask(Question(turn, state), Reply.Suggest(Choices(turn, state)));

    private string Question(Turn turn, State state)
    {
        var messages = turn.Messages;
        return state.Step switch
        {
            Step.Consent => messages.Text("handoff.consent", ("team", services.Teams.Find(state.Team)!.Name), ("summary", SummaryText(messages, state.Summary)))
                + (state.OffersTranscript ? "\n\n" + messages.Text("handoff.consent.transcript") : ""),
            Step.Name => messages.Text("handoff.name"),
            Step.Way => messages.Text("handoff.way"),
            Step.Phone => messages.Text("handoff.phone"),
            Step.Email => messages.Text("handoff.email"),
            Step.BestTime => messages.Text("handoff.best_time"),
            _ => messages.Text("handoff.language"),
        };
    }

    private static IReadOnlyList<string> Choices(Turn turn, State state)
    {
        var messages = turn.Messages;
        return state.Step switch
        {
            Step.Consent => state.OffersTranscript
                ? [messages.Text("handoff.share.summary"), messages.Text("handoff.share.all"), messages.Text("handoff.share.nothing")]
                : [messages.Text("handoff.share.summary"), messages.Text("handoff.share.nothing")],
            Step.Name => [messages.Text("handoff.name.skip")],
            Step.Way => [messages.Text("handoff.way.phone"), messages.Text("handoff.way.email"), messages.Text("handoff.way.permanence")],
            Step.Phone or Step.Email => [],
            Step.BestTime => new[] { "morning", "afternoon", "evening", "any" }.Select(m => messages.Text($"handoff.best_time.{m}")).ToList(),
            _ => Languages.Select(code => messages.Text($"handoff.language.{code}")).Append(messages.Text("handoff.language.other")).ToList(),
        };
    }

    // The summary as the resident reads it before consenting, and as the team reads it.
    public static string SummaryText(Messages messages, TicketSummary summary)
    {
        var lines = new List<string>();
        if (summary.Needs.Count > 0)
            lines.Add(messages.Text("handoff.summary.needs", ("needs", string.Join(", ", summary.Needs.Select(t => Label(messages, "handoff.theme.", t))))));
        var publics = summary.Publics.Where(p => p != "tous").ToList();
        if (publics.Count > 0)
            lines.Add(messages.Text("handoff.summary.publics", ("publics", string.Join(", ", publics.Select(p => Label(messages, "handoff.public.", p))))));
        if (summary.Facts.Count > 0)
            lines.Add(messages.Text("handoff.summary.facts", ("facts", string.Join(", ", summary.Facts.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f =>
                f.Key == "age" ? messages.Text("handoff.fact.age", ("value", f.Value)) : messages.Text("handoff.fact.other", ("fact", f.Key), ("value", f.Value)))))));
        if (summary.Place is { } place) lines.Add(messages.Text("handoff.summary.place", ("place", place)));
        if (summary.EntriesShown.Count > 0) lines.Add(messages.Text("handoff.summary.entries", ("entries", string.Join(", ", summary.EntriesShown))));
        return lines.Count > 0 ? string.Join("\n", lines) : messages.Text("handoff.summary.empty");
    }

    private static string Label(Messages messages, string prefix, string code) =>
        messages.Keys.Contains(prefix + code) ? messages.Text(prefix + code) : code;
}
