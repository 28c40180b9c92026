using System.Text.Json;
using InfoSociale.Core.Activities;
using InfoSociale.Core.Answers;
using InfoSociale.Core.Dialogs;
using InfoSociale.Core.KnowledgeBase;
using InfoSociale.Tests.TestSupport;

namespace InfoSociale.Tests.Assistant;

// The first minutes of a conversation with the real assistant: what it quotes back, vague and off-topic requests,
// the clarifying question, urgent answers and the contact card.
public sealed class FirstConversationTests(RealKnowledgeBase kb) : IClassFixture<RealKnowledgeBase>
{
    private static IReadOnlyList<HeroCard> Cards(Activity reply) =>
        (reply.Attachments ?? []).Select(a => a.Content!.Value.Deserialize<HeroCard>(ActivityJson.Options)!).ToList();

    private async Task<List<Activity>> RepliesAsync(string territory, params string[] messages)
    {
        var conversation = Transcript.Start(kb.Bot(), territory).Conversation;
        await conversation.JoinAsync();
        while (conversation.Unread.Count > 0) conversation.Read();
        var replies = new List<Activity>();
        foreach (var message in messages)
        {
            await conversation.SayAsync(message);
            while (conversation.Unread.Count > 0) replies.Add(conversation.Read());
        }
        return replies;
    }

    private static string AllText(IEnumerable<Activity> replies) =>
        string.Join("\n", replies.SelectMany(r => new[] { r.Text, r.Speak }.Concat(Cards(r).SelectMany(c => new[] { c.Title, c.Text }))).OfType<string>());

    // Whatever the bot answers (results, no answer, clarification), it never repeats more than a short excerpt.
    [Theory]
    [InlineData("ge", "loyer")]
    [InlineData("ge", "logement")]
    [InlineData("paris", "qsdfghjk")]
    [InlineData("ge", "qsdfghjk")]
    public async Task A_long_message_is_quoted_as_a_short_cut_excerpt(string territory, string question)
    {
        var words = string.Join(' ', Enumerable.Range(0, 700).Select(i => $"mot{i}"));
        var message = $"{question} {words}";

        var replies = await RepliesAsync(territory, message);

        var text = AllText(replies);
        text.Should().Contain("…").And.NotContain("mot20 ");
        foreach (var reply in replies.Where(r => r.Text is not null))
            reply.Text!.Length.Should().BeLessThan(1000);
    }

    [Theory]
    [InlineData("<img src=x onerror=alert(1)> loyer")]
    [InlineData("<form action=https://evil.example><input name=p> loyer")]
    [InlineData("**loyer** [cliquez](https://evil.example) `code`")]
    public async Task Markdown_and_html_typed_by_the_resident_are_quoted_inert(string message)
    {
        var replies = await RepliesAsync("ge", message);

        var quoted = replies.Select(r => r.Text ?? "").First(t => t.Contains('«'));
        var inside = quoted[(quoted.IndexOf('«') + 1)..quoted.IndexOf('»')];
        inside.Should().NotMatchRegex(@"(?<!\\)[<>*\[\]`]", "every sign Markdown or HTML acts on is escaped");
    }

    [Theory]
    [InlineData("ge", "j'ai besoin d'aide")]
    [InlineData("ge", "Bonjour, je suis perdu")]
    [InlineData("paris", "aidez-moi svp")]
    [InlineData("paris", "je ne sais plus quoi faire")]
    [InlineData("ge", "jai besoin daide")]
    public async Task A_vague_request_is_offered_the_guided_orientation_first(string territory, string message)
    {
        var replies = await RepliesAsync(territory, message);

        var reply = replies.Last();
        reply.Text.Should().Contain("quelques questions");
        reply.SuggestedActions!.Actions.Select(a => a.Title).Should().Contain("Je ne sais pas par où commencer");
        Cards(reply).Should().BeEmpty();
    }

    [Fact]
    public async Task The_offered_orientation_starts_when_taken()
    {
        var replies = await RepliesAsync("ge", "j'ai besoin d'aide", "Je ne sais pas par où commencer");

        replies.Last().Text.Should().Contain("qui êtes-vous ?");
    }

    [Theory]
    [InlineData("ge", "j'ai besoin d'aide pour payer mon loyer")]
    [InlineData("paris", "je suis perdu avec mes papiers de la CAF")]
    public async Task A_request_that_says_its_need_is_answered(string territory, string message)
    {
        var replies = await RepliesAsync(territory, message);

        replies.Last().Text.Should().NotContain("quelques questions");
    }

    [Theory]
    [InlineData("ge", "une recette de gâteau au chocolat")]
    [InlineData("ge", "quelle est la météo demain à Genève ?")]
    [InlineData("paris", "qui a gagné le match du PSG hier soir")]
    [InlineData("paris", "raconte-moi une blague")]
    [InlineData("ge", "le score du match de foot")]
    public async Task An_off_topic_question_hears_what_the_assistant_answers(string territory, string message)
    {
        var replies = await RepliesAsync(territory, message);

        var reply = replies.Last();
        reply.Text.Should().StartWith("Je réponds seulement sur les aides, les droits et les lieux").And.Contain("Par exemple");
        Cards(reply).Should().BeEmpty();
    }

    [Theory]
    [InlineData("ge", "recette pas chère, je n'ai plus d'argent pour manger")]
    [InlineData("paris", "un club de foot gratuit pour mon fils")]
    public async Task A_social_question_with_an_off_topic_word_is_still_answered(string territory, string message)
    {
        var replies = await RepliesAsync(territory, message);

        replies.Last().Text.Should().NotStartWith("Je réponds seulement");
    }

    // Clarification choices are needs in plain words: an entry's `need`, else its theme's need, never a title.
    [Fact]
    public void Clarification_choices_never_show_an_entry_title()
    {
        var clarification = new Clarification(kb.Catalog, kb.Messages);
        var entries = kb.Catalog.Entries.Where(e => e.Kind != EntryKind.Urgence).ToList();
        var offered = 0;
        foreach (var territory in kb.Catalog.Territories.Keys)
        foreach (var first in entries.Where(e => e.Territory == territory))
        foreach (var second in entries.Where(e => e.Territory == territory && !e.Themes.Intersect(first.Themes).Any()).Take(8))
        {
            var hits = new[] { Hit(first, 1.0), Hit(second, 0.95) };
            if (!clarification.ShouldAsk(hits)) continue;
            var choices = clarification.Choices(hits).Select(c => c.Title).ToList();
            choices.Should().NotContain(first.Title).And.NotContain(second.Title).And.OnlyHaveUniqueItems();
            offered++;
        }
        offered.Should().BeGreaterThan(100);
    }

    [Fact]
    public void Every_theme_has_a_need_in_plain_words()
    {
        foreach (var theme in ControlledLists.Themes)
            kb.Messages.Text("theme." + theme).Should().NotBeNullOrWhiteSpace();
    }

    private static Core.Search.SearchHit Hit(Entry entry, double score) => new(entry.Id, score, entry.Title, entry.Summary, []);

    // Urgent answers: the number reads as on the cards ("0800 22 22 10") and the button dials it from any phone.
    [Theory]
    [InlineData("ge", "je dors dehors ce soir")]
    [InlineData("paris", "je dors dehors ce soir")]
    [InlineData("ge", "mon mari me frappe")]
    [InlineData("paris", "je veux mourir")]
    [InlineData("ge", "mon fils a bu de la javel")]
    public async Task Urgent_numbers_show_the_local_form_and_dial_the_international_one(string territory, string message)
    {
        var reply = (await RepliesAsync(territory, message)).Single(r => r.SuggestedActions?.Actions.Any(a => a.Type == "call") == true);

        foreach (var call in reply.SuggestedActions!.Actions.Where(a => a.Type == "call"))
        {
            var dialled = call.Value!.Value.GetString()!["tel:".Length..];
            (dialled.StartsWith('+') || dialled.Length <= 4).Should().BeTrue($"'{dialled}' dials from any phone");
            var shownDigits = new string(call.Title.Where(char.IsAsciiDigit).ToArray());
            shownDigits.Should().EndWith(dialled[Math.Max(0, dialled.Length - 8)..], "the button shows the number it dials");
            call.Title.Should().NotContain("+", "residents read the local form");
        }
        reply.Text.Should().NotContain("lieu indiqué");
    }

    [Fact]
    public async Task The_shelter_answer_names_the_place_it_sends_to()
    {
        var reply = (await RepliesAsync("ge", "je dors dehors ce soir")).Last();

        reply.Text.Should().MatchRegex(@"aller sur place : [^.]+, \d{4} ");
    }

    // "Parler à une personne": only the ways of reaching the place the card gives, and links to French pages.
    [Theory]
    [InlineData("ge")]
    [InlineData("paris")]
    public async Task The_contact_card_says_call_only_with_a_number_and_links_to_the_structures_french_page(string territory)
    {
        var structure = kb.DefaultStructure(territory);

        var reply = (await RepliesAsync(territory, "parler à une personne")).Last();

        if (structure.Contact?.Phone is null) reply.Text.Should().NotContain("Appelez");
        var links = Cards(reply).SelectMany(c => c.Buttons).Where(b => b.Type == "openUrl").Select(b => b.Value!.Value.GetString()).ToList();
        links.Where(link => link != structure.Contact?.Website).Should().BeEmpty("the card links only to the structure's own page");
        links.Should().NotContain(link => link!.Contains("/en/"));
    }
}
