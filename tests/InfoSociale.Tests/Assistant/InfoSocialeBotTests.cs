using System.Text.Json;
using InfoSociale.Core.Activities;
using InfoSociale.Core.Answers;
using InfoSociale.Core.Assistant;
using InfoSociale.Core.Conversations;
using InfoSociale.Tests.TestSupport;

namespace InfoSociale.Tests.Assistant;

public sealed class InfoSocialeBotTests(RealKnowledgeBase kb) : IClassFixture<RealKnowledgeBase>
{
    private static readonly string[] FollowUps = ["Plus de détails", "Où aller ?", "Une autre question", "Parler à une personne"];

    private static IReadOnlyList<HeroCard> Cards(Activity reply) =>
        (reply.Attachments ?? []).Select(a =>
        {
            a.ContentType.Should().Be(HeroCard.ContentType);
            return a.Content!.Value.Deserialize<HeroCard>(ActivityJson.Options)!;
        }).ToList();

    [Fact]
    public async Task Welcomes_a_resident_who_joins_with_a_short_privacy_notice()
    {
        await Transcript.Start(kb.Bot()).Joins()
            .ExpectBot(reply =>
            {
                reply.Text.Should().ContainAll("Bonjour", "Genève", "vous n'avez pas besoin de donner votre nom", "pendant 30 jours", "effacées", "« recommencer »");
                reply.From!.Role.Should().Be("bot");
                reply.Locale.Should().Be("fr-FR");
                reply.ReplyToId.Should().BeNull("Web Chat never receives the conversationUpdate");
                reply.Speak.Should().Contain("vie privée");
                reply.InputHint.Should().Be("expectingInput");
            })
            .ExpectNoMoreReplies();
    }

    [Fact]
    public async Task The_retention_said_in_the_welcome_is_the_configured_one()
    {
        await Transcript.Start(kb.Bot(new AssistantSettings(RetentionDays: 7))).Joins()
            .ExpectBotContaining("pendant 7 jours");
    }

    [Fact]
    public async Task Answers_a_question_with_cards_and_follow_up_suggestions()
    {
        var transcript = Transcript.Start(kb.Bot());
        await transcript.Joins().ExpectBotContaining("vie privée")
            .User("aide pour payer mon loyer")
            .ExpectBot(reply =>
            {
                reply.Text.Should().Be("Voici ce que j'ai trouvé pour « aide pour payer mon loyer » :");
                reply.ReplyToId.Should().Be(transcript.Conversation.LastSent!.Id);
                reply.From!.Role.Should().Be("bot");
                reply.Locale.Should().Be("fr-FR");
                reply.Speak.Should().Contain("1. Allocation de logement.");
                var cards = Cards(reply);
                cards.Should().HaveCount(3);
                cards[0].Title.Should().Be(kb.Catalog.Find("ge-allocation-logement")!.Title);
                cards[0].Subtitle.Should().Be("Prestation");
                cards[0].Buttons.Should().ContainSingle().Which.Should().Match<CardAction>(b =>
                    b.Type == "imBack" && b.Title == "Plus de détails" && b.Value!.Value.GetString() == cards[0].Title);
            })
            .WithSuggestions(FollowUps)
            .ExpectNoMoreReplies();
    }

    [Fact]
    public async Task Welcomes_on_the_first_message_when_no_join_came_then_answers_it()
    {
        await Transcript.Start(kb.Bot())
            .User("aide pour payer mon loyer")
            .ExpectBotContaining("vie privée")
            .ExpectBotContaining("Voici ce que j'ai trouvé").WithSuggestions(FollowUps);
    }

    [Fact]
    public async Task A_greeting_alone_gets_the_welcome_only_and_later_a_short_hello()
    {
        await Transcript.Start(kb.Bot())
            .User("Bonjour !").ExpectBotContaining("vie privée").ExpectNoMoreReplies()
            .User("bonjour").ExpectBot("Bonjour ! Quelle est votre question ?");
    }

    [Fact]
    public async Task The_card_button_shows_the_entry_in_detail()
    {
        var entry = kb.Catalog.Find("ge-allocation-logement")!;

        await Transcript.Start(kb.Bot()).Joins().ExpectBotContaining("vie privée")
            .User("aide pour payer mon loyer").ExpectBotContaining("Voici")
            .User(entry.Title)
            .ExpectBot(reply =>
            {
                reply.Text.Should().StartWith($"**{entry.Title}**\n\n{entry.Summary}");
                reply.Text.Should().Contain("**Comment faire**\n1. " + entry.Steps[0]);
                reply.Text.Should().Contain("**Documents à préparer**\n- " + entry.Documents[0]);
                reply.Text.Should().Contain(entry.Sources[0]);
                reply.Speak.Should().NotContain("**");
            })
            .WithSuggestions("Oui", "Non", "Une autre question", "Parler à une personne");
    }

    [Fact]
    public async Task Plus_de_details_asks_which_answer_and_accepts_its_number()
    {
        var bot = kb.Bot();
        var transcript = Transcript.Start(bot);
        await transcript.Joins().ExpectBotContaining("vie privée")
            .User("aide pour payer mon loyer").ExpectBotContaining("Voici");
        var titles = Cards(transcript.Conversation.LastRead!).Select(c => c.Title).ToArray();

        await transcript
            .User("plus de détails").ExpectBot("Pour quelle réponse voulez-vous plus de détails ?").WithSuggestions(titles)
            .User("2").ExpectBotContaining($"**{titles[1]}**")
            .User("recommencer").ExpectBotContaining("effacé");
    }

    [Fact]
    public async Task Une_autre_question_listens_then_answers_the_next_question()
    {
        await Transcript.Start(kb.Bot()).Joins().ExpectBotContaining("vie privée")
            .User("aide pour payer mon loyer").ExpectBotContaining("Voici")
            .User("Une autre question").ExpectBot("Je vous écoute : quelle est votre question ?")
            .User("je cherche un cours de français").ExpectBotContaining("Voici ce que j'ai trouvé pour « je cherche un cours de français »")
            .User("et pour un logement social ?").ExpectBotContaining("Voici ce que j'ai trouvé pour « et pour un logement social ? »");
    }

    [Fact]
    public async Task Without_an_answer_it_suggests_rephrasing_and_how_to_reach_a_person()
    {
        var structure = kb.DefaultStructure("ge");

        await Transcript.Start(kb.Bot()).Joins().ExpectBotContaining("vie privée")
            .User("xyzzy qwerty blorp")
            .ExpectBotContaining("Je n'ai pas trouvé de réponse sûre à « xyzzy qwerty blorp »", "d'autres mots")
            .ExpectBotContaining(structure.Title, PhoneText.Format(structure.Contact!.Phone!))
            .User("aide pour payer mon loyer").ExpectBotContaining("Voici");
    }

    [Theory]
    [InlineData("parler à une personne")]
    [InlineData("Je voudrais parler à quelqu'un svp")]
    [InlineData("Parler à une personne")]
    public async Task Parler_a_une_personne_gives_the_territory_s_default_structure_honestly(string words)
    {
        var structure = kb.DefaultStructure("ge");

        await Transcript.Start(kb.Bot()).Joins().ExpectBotContaining("vie privée")
            .User(words)
            .ExpectBot(reply =>
            {
                reply.Text.Should().Contain(structure.Title).And.Contain(PhoneText.Format(structure.Contact!.Phone!))
                    .And.Contain("Je ne peux pas transmettre votre demande moi-même");
                reply.Text.Should().NotContainAny("ticket", "bientôt", "transmis");
                Cards(reply).Single().Buttons.Should().Contain(b => b.Type == "call" && b.Value!.Value.GetString() == "tel:" + structure.Contact!.Phone);
            })
            .ExpectNoMoreReplies();
    }

    [Theory]
    [InlineData("1", "Pour quelle réponse voulez-vous plus de détails ?")]
    [InlineData("2", "Où aller pour « ")]
    [InlineData("3", "Je vous écoute : quelle est votre question ?")]
    [InlineData("4", "Pour parler à une personne")]
    public async Task Typing_a_number_presses_that_suggested_action(string number, string answer)
    {
        await Transcript.Start(kb.Bot()).Joins().ExpectBotContaining("vie privée")
            .User("aide pour payer mon loyer").ExpectBotContaining("Voici").WithSuggestions(FollowUps)
            .User(number).ExpectBotContaining(answer);
    }

    [Fact]
    public async Task The_territory_comes_from_channel_data()
    {
        var structure = kb.DefaultStructure("paris");

        await Transcript.Start(kb.Bot(), territory: "paris").Joins().ExpectBotContaining("Paris")
            .User("parler à une personne").ExpectBotContaining(structure.Title);
    }

    [Fact]
    public async Task An_unknown_territory_falls_back_to_the_deployment_default()
    {
        await Transcript.Start(kb.Bot(), territory: "atlantis").Joins().ExpectBotContaining("Genève");
    }

    [Fact]
    public async Task Aide_explains_then_the_waiting_answer_offers_its_buttons_again()
    {
        await Transcript.Start(kb.Bot()).Joins().ExpectBotContaining("vie privée")
            .User("aide pour payer mon loyer").ExpectBotContaining("Voici")
            .User("aide").ExpectBotContaining("parler à une personne", "recommencer", "au revoir")
            .ExpectBot("Vous pouvez demander plus de détails, poser une autre question ou parler à une personne.").WithSuggestions(FollowUps);
    }

    [Fact]
    public async Task Aide_au_logement_is_a_question_not_the_help_command()
    {
        await Transcript.Start(kb.Bot()).Joins().ExpectBotContaining("vie privée")
            .User("aide au logement").ExpectBotContaining("Voici ce que j'ai trouvé pour « aide au logement »");
    }

    [Fact]
    public async Task Recommencer_clears_the_dialogs_and_saved_answers_and_says_so()
    {
        var transcript = Transcript.Start(kb.Bot());
        await transcript.Joins().ExpectBotContaining("vie privée")
            .User("aide pour payer mon loyer").ExpectBotContaining("Voici");
        var key = ConversationKey.For(transcript.Conversation.LastSent!);
        var withAnswers = await kb.Store.ReadAsync(key);
        await kb.Store.WriteAsync(key, withAnswers.Json!.Replace("\"answers\":{}", "\"answers\":{\"age\":\"67\"}"), withAnswers.ETag);

        await transcript.User("recommencer")
            .ExpectBot("C'est fait : j'ai effacé vos réponses de cette conversation. Nous repartons de zéro. Quelle est votre question ?");

        var state = JsonSerializer.Deserialize<ConversationState>((await kb.Store.ReadAsync(key)).Json!, ActivityJson.Options)!;
        state.Stack.Should().BeEmpty();
        state.Answers.Should().BeEmpty();
        state.Welcomed.Should().BeTrue();
    }

    [Fact]
    public async Task EndOfConversation_forgets_everything_the_resident_said_without_a_reply()
    {
        var transcript = Transcript.Start(kb.Bot());
        await transcript.Joins().ExpectBotContaining("vie privée")
            .User("j'habite à Paris").ExpectBotContaining("Paris")
            .User("aide pour payer mon loyer").ExpectBotContaining("Voici");
        var key = ConversationKey.For(transcript.Conversation.LastSent!);

        await transcript.Send(new Activity { Type = ActivityTypes.EndOfConversation, Code = "userClosed" }).ExpectNoMoreReplies();

        var state = JsonSerializer.Deserialize<ConversationState>((await kb.Store.ReadAsync(key)).Json!, ActivityJson.Options)!;
        state.Should().BeEquivalentTo(ConversationState.New);
    }

    [Fact]
    public async Task Au_revoir_ends_kindly_and_a_new_question_starts_afresh()
    {
        await Transcript.Start(kb.Bot()).Joins().ExpectBotContaining("vie privée")
            .User("aide pour payer mon loyer").ExpectBotContaining("Voici")
            .User("au revoir").ExpectBotContaining("Merci de votre visite", "effacées dans 30 jours").ExpectNoMoreReplies()
            .User("cours de français").ExpectBotContaining("Voici ce que j'ai trouvé pour « cours de français »");
    }

    [Fact]
    public async Task Only_the_resident_joining_is_welcomed_not_the_bot_itself()
    {
        var transcript = Transcript.Start(kb.Bot());
        await transcript
            .Send(new Activity { Type = ActivityTypes.ConversationUpdate, MembersAdded = [transcript.Conversation.Bot] })
            .ExpectNoMoreReplies()
            .Joins().ExpectBotContaining("vie privée")
            .Joins().ExpectNoMoreReplies();
    }

    [Fact]
    public async Task Events_and_typing_are_ignored()
    {
        await Transcript.Start(kb.Bot())
            .Send(new Activity { Type = ActivityTypes.Event, Name = "handoff.status" })
            .Send(new Activity { Type = ActivityTypes.Typing })
            .ExpectNoMoreReplies();
    }
}
