using InfoSociale.Core.Activities;
using InfoSociale.Core.Dialogs;
using InfoSociale.Core.Dialogs.Prompts;
using InfoSociale.Tests.TestSupport;

namespace InfoSociale.Tests.Dialogs;

public sealed class DialogEngineTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    // Root: asks a colour, says it, ends.
    private sealed record Nothing;

    private static readonly WaterfallDialog<Nothing> Colour = new("colour", () => new Nothing(),
        (step, ct) => step.BeginAsync("choice-prompt",
            new PromptOptions("Quelle couleur ?") { Choices = [new("Rouge"), new("Vert")] }, ct),
        (step, ct) =>
        {
            step.Turn.Say($"Couleur : {((ChoiceResult)step.Result).Title}.");
            return step.EndAsync(step.Result, ct);
        });

    private sealed class Echo() : Dialog("echo")
    {
        public override Task<TurnOutcome> BeginAsync(DialogContext dc, DialogOptions? options, CancellationToken cancellationToken)
        {
            dc.Turn.Say($"Nouveau départ : {dc.Turn.Text}.");
            return dc.EndAsync(DialogResult.None, cancellationToken);
        }
    }

    // "pause" is handled before any dialog; the waiting prompt then asks its question again.
    private sealed class PauseInterruption : IInterruption
    {
        public async Task<TurnOutcome?> TryHandleAsync(DialogContext dc, CancellationToken cancellationToken)
        {
            if (dc.Turn.Text != "pause") return null;
            dc.Turn.Say("Pause.");
            await dc.RepromptAsync(cancellationToken);
            return dc.Active is null ? TurnOutcome.NoActiveDialog : TurnOutcome.Waiting;
        }
    }

    // "oublie" clears the whole stack.
    private sealed class ForgetInterruption : IInterruption
    {
        public Task<TurnOutcome?> TryHandleAsync(DialogContext dc, CancellationToken cancellationToken) =>
            Task.FromResult<TurnOutcome?>(dc.Turn.Text == "oublie" ? dc.CancelAll() : null);
    }

    private DialogTestBot Bot() =>
        DialogTestBot.Create(_folder, "colour", [Colour, new ChoicePrompt()], new PauseInterruption(), new ForgetInterruption());

    [Fact]
    public async Task Each_turn_reports_its_outcome()
    {
        var bot = Bot();

        await Transcript.Start(bot)
            .User("bonjour").ExpectBot("Quelle couleur ?")
            .User("vert").ExpectBot("Couleur : Vert.")
            .User("bonjour").ExpectBot("Quelle couleur ?")
            .User("oublie");

        bot.Outcomes.Select(o => o.Status).Should().Equal(
            TurnStatus.Waiting, TurnStatus.Completed, TurnStatus.Waiting, TurnStatus.Cancelled);
        bot.Outcomes[1].Result.Should().Be(new ChoiceResult(1, "Vert"));
    }

    [Fact]
    public async Task An_interruption_is_handled_before_the_active_dialog_which_then_asks_again()
    {
        await Transcript.Start(Bot())
            .User("bonjour").ExpectBot("Quelle couleur ?")
            .User("pause").ExpectBot("Pause.").ExpectBot("Quelle couleur ?").WithSuggestions("Rouge", "Vert")
            .User("rouge").ExpectBot("Couleur : Rouge.");
    }

    [Fact]
    public async Task Activities_other_than_messages_never_begin_the_root_dialog()
    {
        var bot = Bot();

        await Transcript.Start(bot)
            .Send(new Activity { Type = ActivityTypes.Event, Name = "webchat/join" })
            .ExpectNoMoreReplies();

        bot.Outcomes.Should().Equal(TurnOutcome.NoActiveDialog);
    }

    [Fact]
    public async Task The_dialog_stack_survives_a_restart_of_the_bot()
    {
        var conversation = Guid.NewGuid().ToString("N");
        await Transcript.Start(Bot(), conversationId: conversation)
            .User("bonjour").ExpectBot("Quelle couleur ?");

        await Transcript.Start(Bot(), conversationId: conversation)
            .User("2").ExpectBot("Couleur : Vert.");
    }

    [Fact]
    public async Task A_saved_stack_naming_an_unknown_dialog_starts_afresh()
    {
        var conversation = Guid.NewGuid().ToString("N");
        await Transcript.Start(Bot(), conversationId: conversation)
            .User("bonjour").ExpectBot("Quelle couleur ?");
        var newVersion = DialogTestBot.Create(_folder, "echo", [new Echo()]);

        await Transcript.Start(newVersion, conversationId: conversation)
            .User("vert").ExpectBot("Nouveau départ : vert.");
    }
}
