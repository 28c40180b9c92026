using System.Text;
using System.Text.Json;
using InfoSociale.Core.Activities;
using InfoSociale.Core.Dialogs;
using InfoSociale.Core.KnowledgeBase;
using InfoSociale.Core.Orientation.Eligibility;
using InfoSociale.Core.Orientation.Urgency;
using InfoSociale.Core.Places;
using InfoSociale.Core.Search;
using InfoSociale.Core.Text;

namespace InfoSociale.Core.Answers;

// Every answer the resident sees, built in one place: search results as hero cards, an entry in detail,
// how to reach a person. Text comes from the message catalogue; facts come from the knowledge base only.
public sealed class AnswerCards(EntryCatalog catalog, Messages messages, TimeProvider? clock = null)
{
    private readonly OpeningHoursPhrase _hours = new(messages, clock ?? TimeProvider.System);

    public IReadOnlyList<string> FollowUps => [DetailsAction, WhereAction, AnotherQuestionAction, HumanAction];

    public string WhereAction => messages.Text("answer.action.where");

    public string DetailsAction => messages.Text("answer.action.details");

    public string AnotherQuestionAction => messages.Text("answer.action.another");

    public string HumanAction => messages.Text("answer.action.human");

    // "Voici ce que j'ai trouvé…" with one card per result; each card's button asks for its details.
    public Activity Results(Activity incoming, string question, IReadOnlyList<SearchHit> hits)
    {
        var intro = messages.Text("answer.intro", ("question", ResidentQuote.Of(question)));
        var spoken = messages.Text("answer.intro", ("question", ResidentQuote.Excerpt(question))) + " " +
            string.Join(" ", hits.Select((hit, i) => $"{i + 1}. {hit.Title}."));
        return Reply.To(incoming, intro) with
        {
            Speak = spoken,
            Attachments = hits.Select(ResultCard).ToList(),
            AttachmentLayout = "list",
            SuggestedActions = Reply.Suggest(FollowUps),
            InputHint = InputHints.ExpectingInput,
        };
    }

    // "J'ai besoin d'aide": the guided orientation first (its title starts it), or the resident's own words.
    public Activity Vague(Activity incoming, IReadOnlyList<string> guidedTitles) =>
        Reply.To(incoming, messages.Text("answer.vague")) with
        {
            SuggestedActions = Reply.Suggest([.. guidedTitles, HumanAction]),
            InputHint = InputHints.ExpectingInput,
        };

    // A recipe, the weather, football: what the assistant answers, with examples.
    public Activity OutOfScope(Activity incoming) =>
        Reply.To(incoming, messages.Text("answer.out_of_scope")) with { InputHint = InputHints.ExpectingInput };

    // Kind words and a way to rephrase; the caller adds how to reach a person.
    public Activity NoAnswer(Activity incoming, string question) =>
        Reply.To(incoming, messages.Text("answer.none", ("question", ResidentQuote.Of(question))));

    // The entry in full, as Markdown: summary, body, steps, documents, where to go, contact, sources.
    public Activity Details(Activity incoming, SearchHit hit)
    {
        if (catalog.Find(hit.Id) is not { } entry)
            return Reply.To(incoming, $"**{hit.Title}**\n\n{hit.Snippet}") with { SuggestedActions = Reply.Suggest([AnotherQuestionAction, HumanAction]) };

        var text = new StringBuilder();
        text.Append($"**{entry.Title}**\n\n{entry.Summary}\n\n");
        if (entry.Body.Length > 0) text.Append(entry.Body.Trim()).Append("\n\n");
        AppendList(text, "answer.details.steps", entry.Steps, numbered: true);
        AppendList(text, "answer.details.documents", entry.Documents, numbered: false);
        AppendList(text, "answer.details.where", entry.Structures.Select(StructureLine).ToList(), numbered: false);
        if (entry.Contact is { } contact) AppendList(text, "answer.details.contact", ContactLines(contact), numbered: false);
        if (entry.Sources.Count > 0) text.Append(messages.Text("answer.details.sources", ("sources", string.Join(", ", entry.Sources)))).Append("\n\n");
        if (entry.LastVerified is { } checkedOn)
            text.Append(messages.Text("answer.details.updated", ("date", FrenchClock.Date(checkedOn)))).Append("\n\n");
        if (!entry.Verified) text.Append(messages.Text("answer.details.unverified")).Append("\n\n");
        text.Append(messages.Text("feedback.ask"));

        return Reply.To(incoming, text.ToString().Trim()) with
        {
            SuggestedActions = Reply.Suggest([messages.Text("confirm.yes"), messages.Text("confirm.no"), AnotherQuestionAction, HumanAction]),
            InputHint = InputHints.ExpectingInput,
        };
    }

    // The territory's default structure: where any resident can meet a social worker.
    public Activity HumanContact(Activity incoming, string territory)
    {
        var structure = catalog.Territories.TryGetValue(territory, out var t) ? catalog.Find(t.DefaultStructure) : null;
        if (structure is null) return Reply.To(incoming, messages.Text("human.missing"));

        var lines = new List<string> { messages.Text("human.intro", ("structure", structure.Title)) };
        if (structure.Contact?.Phone is { } phone) lines.Add("- " + messages.Text("human.phone", ("phone", PhoneText.Format(phone))));
        if (structure.Address is { } address) lines.Add("- " + messages.Text("human.address", ("address", AddressLine(address))));
        if (_hours.For(structure.OpeningHours, t!) is { } hours) lines.Add("- " + messages.Text("human.hours", ("hours", hours)));
        if (structure.Contact?.Website is { } website) lines.Add("- " + messages.Text("human.website", ("website", website)));
        if (!structure.Verified) lines.Add(messages.Text("human.unverified"));
        // Say only the ways of reaching the place the card gives: no "Appelez" without a number.
        var reach = (structure.Contact?.Phone is not null, structure.Address is not null) switch
        {
            (true, true) => "human.reach.call_or_visit",
            (true, false) => "human.reach.call",
            (false, true) => "human.reach.visit",
            _ when structure.Contact?.Website is not null => "human.reach.website",
            _ => "human.reach.ask_town_hall",
        };
        lines.Add(messages.Text("human.no_transfer") + " " + messages.Text(reach));

        var buttons = new List<CardAction>();
        if (structure.Contact?.Phone is { } tel) buttons.Add(new CardAction("call", messages.Text("human.call"), JsonSerializer.SerializeToElement("tel:" + tel)));
        if (structure.Contact?.Website is { } site) buttons.Add(new CardAction("openUrl", messages.Text("human.open_website"), JsonSerializer.SerializeToElement(site)));
        return Reply.To(incoming, string.Join("\n", lines)) with
        {
            Attachments = buttons.Count > 0 ? [new HeroCard(structure.Title, KindLabel(structure.Kind), structure.Summary, buttons).ToAttachment()] : null,
        };
    }

    // An urgent situation: a calm message, the numbers as big call buttons, a person to talk to. Nothing else.
    public Activity Urgent(Activity incoming, IReadOnlyList<UrgentSituationRules> situations, string territory)
    {
        var known = catalog.Territories.GetValueOrDefault(territory);
        var country = known?.Country ?? "";
        var calls = new List<CardAction>();
        // The button shows the number as the cards' text writes it ("0800 22 22 10") and dials it from any phone (+41…).
        string Tel(string number) => "tel:" + PhoneText.Dial(number, country);
        void AddCall(string number, string? label, string? writtenIn = null)
        {
            if (calls.Any(c => c.Value?.GetString() == Tel(number))) return;
            var shown = PhoneText.Local(number, country, writtenIn);
            var title = label is null
                ? messages.Text("urgent.call", ("number", shown))
                : messages.Text("urgent.call_labelled", ("number", shown), ("label", label));
            calls.Add(new CardAction("call", title, JsonSerializer.SerializeToElement(Tel(number))));
        }
        foreach (var number in situations.SelectMany(s => s.NumbersFor(territory)))
            AddCall(number, known?.EmergencyNumbers.FirstOrDefault(n => n.Number == number)?.Label);

        var cards = new List<Attachment>();
        var places = new List<string>();
        // Only situations with an `urgent.<id>.place` sentence send the resident somewhere (a shelter, not a help line's office).
        var goThere = situations.Where(s => messages.Keys.Contains($"urgent.{s.Id}.place")).ToList();
        foreach (var entry in goThere.SelectMany(s => s.EntriesFor(territory)).Distinct().Select(catalog.Find).OfType<Entry>())
            places.AddRange(entry.Structures.Select(catalog.Find).OfType<Entry>()
                .Where(place => place.Address is not null).Select(place => $"{place.Title}, {AddressLine(place.Address!)}"));
        foreach (var entry in situations.SelectMany(s => s.EntriesFor(territory)).Distinct().Select(catalog.Find).OfType<Entry>())
        {
            var number = entry.Number ?? entry.Contact?.Phone ?? entry.Structures.Select(catalog.Find).Select(s => s?.Contact?.Phone).FirstOrDefault(p => p is not null);
            var cardText = entry.WhenToCall ?? entry.Summary;
            if (number is not null) AddCall(number, known?.EmergencyNumbers.FirstOrDefault(n => n.Number == number)?.Label, $"{entry.Title}\n{cardText}");
            var hours = known is null ? null : _hours.For(entry.AvailableHours, known);
            var button = number is null ? [] : new[] { calls.First(c => c.Value?.GetString() == Tel(number)) };
            cards.Add(new HeroCard(entry.Title, hours, cardText, button).ToAttachment());
        }

        // A place is named with its address, or not mentioned at all.
        var sentences = situations.Select(s => messages.Text("urgent." + s.Id)).Distinct().ToList();
        if (places.Count > 0) sentences.Add(messages.Text($"urgent.{goThere[0].Id}.place", ("places", string.Join(" ; ", places.Distinct()))));
        var text = string.Join("\n\n", sentences.Append(messages.Text("urgent.person")));
        return Reply.To(incoming, text) with
        {
            Speak = string.Join(" ", text, string.Join(". ", calls.Select(c => c.Title))) + ".",
            Attachments = cards,
            AttachmentLayout = "list",
            SuggestedActions = new SuggestedActions([.. calls, Reply.ImBack(HumanAction)]),
            InputHint = InputHints.ExpectingInput,
        };
    }

    // The end of a guided orientation: "Vous pourriez avoir droit à …" with each entry's reasons, then what to
    // check and what is not for the resident, then where to go. Never a promise: likely entries still name where to ask.
    public Activity Eligibility(Activity incoming, IReadOnlyList<EligibilityVerdict> verdicts, string territory)
    {
        const int PerGroup = 4;
        var text = new StringBuilder();
        void Group(Likelihood likelihood, string titleKey, string itemKey, Func<EligibilityVerdict, IEnumerable<ConditionResult>> reasons)
        {
            var group = verdicts.Where(v => v.Likelihood == likelihood).Take(PerGroup).ToList();
            if (group.Count == 0) return;
            text.Append("**").Append(messages.Text(titleKey)).Append("**\n");
            foreach (var verdict in group)
            {
                (string, string)[] values = [("title", verdict.Entry.Title), ("reasons", string.Join(" ", reasons(verdict).Select(r => r.Condition.Explain)))];
                if (likelihood != Likelihood.NotForYou) values = [.. values, ("structure", verdict.CheckWith)];
                text.Append("- ").Append(messages.Text(itemKey, values).Replace("  ", " ").Trim()).Append('\n');
            }
            text.Append('\n');
        }
        Group(Likelihood.Likely, "parcours.likely", "parcours.likely_item", v => v.Met);
        Group(Likelihood.ToCheck, "parcours.to_check", "parcours.to_check_item", v => v.Unknown);
        Group(Likelihood.NotForYou, "parcours.not_for_you", "parcours.not_for_you_item", v => v.NotMet);
        if (verdicts.All(v => v.Likelihood == Likelihood.NotForYou)) text.Append(messages.Text("parcours.none")).Append("\n\n");
        if (WhereToGo(territory) is { } where) text.Append(where);

        var proposed = verdicts.Where(v => v.Likelihood != Likelihood.NotForYou).Take(3).Select(v => v.Entry.Title);
        return Reply.To(incoming, text.ToString().Trim()) with
        {
            SuggestedActions = Reply.Suggest([.. proposed, AnotherQuestionAction, HumanAction]),
            InputHint = InputHints.ExpectingInput,
        };
    }

    // "Où aller : Service social de la Ville, rue …, ouvert maintenant · ferme à 17 h".
    private string? WhereToGo(string territory)
    {
        if (!catalog.Territories.TryGetValue(territory, out var known) || catalog.Find(known.DefaultStructure) is not { } structure)
            return null;
        var details = new[] { structure.Address is { } a ? AddressLine(a) : null, _hours.For(structure.OpeningHours, known), structure.Contact?.Phone is { } phone ? PhoneText.Format(phone) : null };
        return messages.Text("parcours.where", ("structure", string.Join(" · ", details.OfType<string>().Prepend(structure.Title))));
    }

    public string KindLabel(EntryKind kind) => messages.Text("kind." + kind.ToString().ToLowerInvariant());

    // A result's card is the same for every resident shown that entry with that snippet: each is made once (a card is
    // serialised JSON, the costliest part of an answer), up to a bound that only guards against unusual snippets.
    private readonly BoundedCache<(string Id, string Title, string Snippet), Attachment> _resultCards = new(10_000);

    private Attachment ResultCard(SearchHit hit) =>
        _resultCards.Get((hit.Id, hit.Title, hit.Snippet), this, static (key, cards) => cards.MakeResultCard(key.Id, key.Title, key.Snippet));

    private Attachment MakeResultCard(string id, string title, string snippet) =>
        new HeroCard(title, catalog.Find(id) is { } entry ? KindLabel(entry.Kind) : null, snippet,
            [Reply.ImBack(DetailsAction) with { Value = JsonSerializer.SerializeToElement(title) }]).ToAttachment();

    private void AppendList(StringBuilder text, string titleKey, IReadOnlyList<string> items, bool numbered)
    {
        if (items.Count == 0) return;
        text.Append("**").Append(messages.Text(titleKey)).Append("**\n");
        for (var i = 0; i < items.Count; i++) text.Append(numbered ? $"{i + 1}. " : "- ").Append(items[i]).Append('\n');
        text.Append('\n');
    }

    // "Hospice général, [+41 22 420 52 00](tel:+41224205200), Cours de Rive 12, 1204 Genève · Ouvert maintenant · ferme à 17 h"
    private string StructureLine(string id) =>
        catalog.Find(id) is { } structure
            ? string.Join(" · ", new[]
            {
                string.Join(", ", new[] { structure.Title, structure.Contact?.Phone is { } phone ? $"[{PhoneText.Format(phone)}](tel:{phone})" : null, structure.Address is { } a ? AddressLine(a) : null }.OfType<string>()),
                HoursOf(structure),
            }.OfType<string>())
            : id;

    private string? HoursOf(Entry structure) =>
        catalog.Territories.TryGetValue(structure.Territory, out var territory) ? _hours.For(structure.OpeningHours, territory) : null;

    // "Où aller ?": the places of an entry (or the entry itself when it is a place), each with its address,
    // whether it is open now, and a button to call it.
    public Activity WhereToGo(Activity incoming, SearchHit hit)
    {
        var entry = catalog.Find(hit.Id);
        var places = entry is null ? [] : entry.Kind == EntryKind.Structure ? [entry] : entry.Structures.Select(catalog.Find).OfType<Entry>().ToList();
        if (places.Count == 0)
            return Reply.To(incoming, messages.Text("answer.where.none", ("title", hit.Title))) with
            {
                SuggestedActions = Reply.Suggest([AnotherQuestionAction, HumanAction]),
            };
        var cards = places.Select(place => new HeroCard(place.Title, HoursOf(place),
            place.Address is { } a ? AddressLine(a) : place.Summary,
            place.Contact?.Phone is { } phone ? [new CardAction("call", messages.Text("human.call"), JsonSerializer.SerializeToElement("tel:" + phone))] : []).ToAttachment());
        return Reply.To(incoming, messages.Text("answer.where.intro", ("title", hit.Title))) with
        {
            Attachments = cards.ToList(),
            AttachmentLayout = "list",
            SuggestedActions = Reply.Suggest([AnotherQuestionAction, HumanAction]),
            InputHint = InputHints.ExpectingInput,
        };
    }

    private List<string> ContactLines(Contact contact)
    {
        var lines = new List<string>();
        if (contact.Phone is { } phone) lines.Add(messages.Text("human.phone", ("phone", PhoneText.Format(phone))));
        if (contact.Email is { } email) lines.Add(email);
        if (contact.Website is { } website) lines.Add(messages.Text("human.website", ("website", website)));
        return lines;
    }

    private static string AddressLine(Address address) => $"{address.Street}, {address.PostalCode} {address.City}";
}
