using InfoSociale.Core.Dialogs;
using InfoSociale.Core.Dialogs.Prompts;
using InfoSociale.Tests.TestSupport;

namespace InfoSociale.Tests.Dialogs;

public sealed class PromptTests : IDisposable
{
    private static readonly Choice[] Themes =
    [
        new("Logement") { Synonyms = ["loyer"] },
        new("Santé") { Synonyms = ["médecin"] },
        new("Emploi"),
    ];

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    // Asks a theme, then a confirmation, then a name, and says what it understood at each step.
    private sealed record Answers(string? Theme = null, bool? Sure = null);

    private static readonly WaterfallDialog<Answers> Survey = new("survey", () => new Answers(),
        (step, ct) => step.BeginAsync("choice-prompt", new PromptOptions("Quel thème ?") { Choices = Themes }, ct),
        (step, ct) =>
        {
            if (step.Result is not ChoiceResult theme) return step.EndAsync(step.Result, ct);
            step.Values = step.Values with { Theme = theme.Title };
            return step.BeginAsync("confirm-prompt", new PromptOptions($"{theme.Title}, c'est bien cela ?"), ct);
        },
        (step, ct) =>
        {
            if (step.Result is not ConfirmResult sure) return step.EndAsync(step.Result, ct);
            step.Values = step.Values with { Sure = sure.Confirmed };
            return step.BeginAsync("text-prompt", new PromptOptions("Votre prénom, si vous voulez ?"), ct);
        },
        (step, ct) =>
        {
            step.Turn.Say($"Merci {((TextResult)step.Result).Text} : {step.Values.Theme}, {(step.Values.Sure == true ? "sûr" : "pas sûr")}.");
            return step.EndAsync(step.Result, ct);
        });

    private DialogTestBot Bot() =>
        DialogTestBot.Create(_folder, "survey", [Survey, new ChoicePrompt(), new ConfirmPrompt(), new TextPrompt()]);

    [Theory]
    [InlineData("2")]
    [InlineData("santé")]
    [InlineData("SANTE")]
    [InlineData("médecin")]
    [InlineData("snaté")]
    [InlineData("le deuxième")]
    public async Task A_choice_is_understood_by_number_title_synonym_or_typo(string answer)
    {
        await Transcript.Start(Bot())
            .User("bonjour")
            .ExpectBot("Quel thème ?").WithSuggestions("Logement", "Santé", "Emploi")
            .User(answer)
            .ExpectBot("Santé, c'est bien cela ?").WithSuggestions("Oui", "Non");
    }

    [Theory]
    [InlineData("oui", "sûr")]
    [InlineData("Ouais", "sûr")]
    [InlineData("d'accord", "sûr")]
    [InlineData("oui je veux bien", "sûr")]
    [InlineData("1", "sûr")]
    [InlineData("non", "pas sûr")]
    [InlineData("Non merci.", "pas sûr")]
    [InlineData("nan", "pas sûr")]
    [InlineData("pas d'accord", "pas sûr")]
    public async Task A_confirmation_is_understood_however_it_is_said(string answer, string understood)
    {
        await Transcript.Start(Bot())
            .User("bonjour").ExpectBot("Quel thème ?")
            .User("1").ExpectBot("Logement, c'est bien cela ?")
            .User(answer).ExpectBot("Votre prénom, si vous voulez ?").WithSuggestions()
            .User("Awa").ExpectBot($"Merci Awa : Logement, {understood}.")
            .ExpectNoMoreReplies();
    }

    [Fact]
    public async Task An_unrecognized_answer_is_asked_again_with_the_choices()
    {
        await Transcript.Start(Bot())
            .User("bonjour").ExpectBot("Quel thème ?")
            .User("violet")
            .ExpectBot("Je n'ai pas bien compris votre réponse. Quel thème ?").WithSuggestions("Logement", "Santé", "Emploi")
            .User("emploi")
            .ExpectBot("Emploi, c'est bien cela ?");
    }

    [Fact]
    public async Task After_the_last_attempt_the_prompt_gives_up_kindly_and_the_parent_decides()
    {
        var bot = Bot();

        await Transcript.Start(bot)
            .User("bonjour").ExpectBot("Quel thème ?")
            .User("violet").ExpectBotContaining("Quel thème ?")
            .User("orange").ExpectBotContaining("Quel thème ?")
            .User("jaune").ExpectBot("Excusez-moi, je n'arrive pas à comprendre votre réponse. Reprenons autrement.")
            .ExpectNoMoreReplies();

        bot.Outcomes[^1].Should().Be(TurnOutcome.Completed(new PromptGaveUp()));
    }

    [Fact]
    public async Task A_confirmation_that_is_neither_yes_nor_no_is_asked_again()
    {
        await Transcript.Start(Bot())
            .User("bonjour").ExpectBot("Quel thème ?")
            .User("3").ExpectBot("Emploi, c'est bien cela ?")
            .User("peut-être").ExpectBot("Je n'ai pas bien compris votre réponse. Emploi, c'est bien cela ?").WithSuggestions("Oui", "Non");
    }

    [Fact]
    public async Task A_text_prompt_asks_again_when_the_message_has_no_words()
    {
        await Transcript.Start(Bot())
            .User("bonjour").ExpectBot("Quel thème ?")
            .User("1").ExpectBot("Logement, c'est bien cela ?")
            .User("oui").ExpectBot("Votre prénom, si vous voulez ?")
            .User("   ").ExpectBot("Je n'ai pas bien compris votre réponse. Votre prénom, si vous voulez ?")
            .User("Awa").ExpectBot("Merci Awa : Logement, sûr.");
    }

    [Fact]
    public async Task Prompts_expect_input_and_plain_sentences_only_accept_it()
    {
        await Transcript.Start(Bot())
            .User("bonjour").ExpectBot(reply => reply.InputHint.Should().Be("expectingInput"))
            .User("1").ExpectBot(reply => reply.InputHint.Should().Be("expectingInput"))
            .User("oui").ExpectBot(reply => reply.InputHint.Should().Be("expectingInput"))
            .User("Awa").ExpectBot(reply => reply.InputHint.Should().Be("acceptingInput"));
    }
}
