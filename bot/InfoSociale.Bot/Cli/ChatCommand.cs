using System.CommandLine;
using System.Text.Json;
using InfoSociale.Bot.Composition;
using InfoSociale.Bot.Hosting;
using InfoSociale.Core;
using InfoSociale.Core.Activities;
using InfoSociale.Core.Conversations;
using InfoSociale.Core.KnowledgeBase;

namespace InfoSociale.Bot.Cli;

// ./infosociale chat [--territory ge] [--data DIR]: the same bot in the terminal, one line per message.
// Cards are printed as text; every button that answers is numbered, and typing its number presses it.
// Reads stdin to its end, so it also runs with piped input.
public static class ChatCommand
{
    public static Command Create()
    {
        var territory = new Option<string?>("--territory") { Description = "Territory of the conversation (ge, paris); default: the deployment's." };
        var data = new Option<string?>("--data") { Description = $"Data folder (conversation state, search index); default {ProjectPaths.DefaultData}." };
        var command = new Command("chat", "Talks with the assistant in the terminal (reads lines until end of input).") { territory, data };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            try
            {
                return await RunAsync(parseResult.GetValue(territory), parseResult.GetValue(data) ?? ProjectPaths.DefaultData,
                    Console.In, output, error, cancellationToken);
            }
            catch (Exception e) when (e is IOException or InvalidOperationException or UnauthorizedAccessException or DataFileException)
            {
                error.WriteLine($"chat: {e.Message}");
                return 1;
            }
        });
        return command;
    }

    public static async Task<int> RunAsync(string? territory, string dataDirectory, TextReader input, TextWriter output, TextWriter error,
        CancellationToken cancellationToken)
    {
        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().Build();
        await using var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton(new DataFolder(dataDirectory))
            .AddConversationServices(configuration)
            .BuildServiceProvider();

        var catalog = services.GetRequiredService<EntryCatalog>();
        territory ??= configuration["InfoSociale:DefaultTerritory"] ?? "ge";
        if (!catalog.Territories.ContainsKey(territory))
        {
            error.WriteLine($"chat: unknown territory '{territory}' (known: {string.Join(", ", catalog.Territories.Keys.Order())}).");
            return 2;
        }
        await services.GetRequiredService<ConversationRetention>().PurgeAsync(cancellationToken);

        var messages = services.GetRequiredService<Core.Dialogs.Messages>();
        var terminal = new Terminal(services.GetRequiredService<IBot>(), territory, output);
        await terminal.JoinAsync(cancellationToken);
        var interactive = !Console.IsInputRedirected && ReferenceEquals(input, Console.In);
        while (true)
        {
            if (interactive) output.Write("vous> ");
            var line = await input.ReadLineAsync(cancellationToken);
            if (line is null) return 0;
            if (line.Trim().Length == 0)
            {
                output.WriteLine(messages.Text("terminal.empty_line"));
                continue;
            }
            await terminal.SayAsync(line, cancellationToken);
        }
    }

    // One terminal conversation: sends the resident's lines as activities and prints the bot's replies.
    private sealed class Terminal(IBot bot, string territory, TextWriter output)
    {
        private readonly ConversationAccount _conversation = new("terminal-" + Guid.NewGuid().ToString("N"));
        private readonly ChannelAccount _resident = new("resident", "Vous", "user");
        private readonly ChannelAccount _bot = new("infosociale", "InfoSociale", "bot");
        private List<string> _numbered = [];
        private int _sequence;

        public Task JoinAsync(CancellationToken cancellationToken) =>
            SendAsync(new Activity { Type = ActivityTypes.ConversationUpdate, MembersAdded = [_resident] }, cancellationToken);

        // "2" presses the second numbered button of the last reply.
        public Task SayAsync(string line, CancellationToken cancellationToken)
        {
            var pressed = int.TryParse(line.Trim(), out var n) && n >= 1 && n <= _numbered.Count;
            var text = pressed ? _numbered[n - 1] : line;
            if (pressed) output.WriteLine($"vous> {text}");
            return SendAsync(new Activity { Type = ActivityTypes.Message, Text = text, From = _resident, Locale = "fr-FR" }, cancellationToken);
        }

        private async Task SendAsync(Activity activity, CancellationToken cancellationToken)
        {
            var context = new TerminalTurnContext(ConversationTerritory.Stamp(activity with
            {
                Id = $"{_conversation.Id}|{++_sequence:D7}",
                ChannelId = "terminal",
                Conversation = _conversation,
                Recipient = _bot,
                Timestamp = DateTimeOffset.UtcNow,
            }, territory));
            await bot.OnTurnAsync(context, cancellationToken);
            if (context.Replies.Count == 0) return;
            _numbered = [];
            foreach (var reply in context.Replies) Print(reply);
        }

        private void Print(Activity reply)
        {
            if (reply.Type != ActivityTypes.Message) return;
            output.WriteLine();
            if (!string.IsNullOrWhiteSpace(reply.Text)) output.WriteLine(TerminalText.From(reply.Text));
            foreach (var attachment in reply.Attachments ?? [])
                if (attachment.ContentType == Core.Answers.HeroCard.ContentType && attachment.Content is { } content)
                    PrintCard(content.Deserialize<Core.Answers.HeroCard>(ActivityJson.Options)!);
            if (reply.SuggestedActions is { Actions.Count: > 0 } suggested)
                output.WriteLine("  " + string.Join("   ", suggested.Actions.Select(action => $"{Number(action)}. {action.Title}")));
        }

        private void PrintCard(Core.Answers.HeroCard card)
        {
            output.WriteLine($"  ┌ {card.Title}{(card.Subtitle is null ? "" : $" ({card.Subtitle})")}");
            if (!string.IsNullOrWhiteSpace(card.Text)) output.WriteLine($"  │ {TerminalText.From(card.Text).Replace("\n", "\n  │ ")}");
            foreach (var button in card.Buttons)
                output.WriteLine(button.Type == "imBack"
                    ? $"  │ {Number(button)}. {Named(button)}"
                    : $"  │ {button.Title} : {ValueOf(button)}");
            output.WriteLine("  └");
        }

        // Buttons that send the same text share one number.
        private int Number(CardAction action)
        {
            var value = ValueOf(action);
            var known = _numbered.IndexOf(value);
            if (known >= 0) return known + 1;
            _numbered.Add(value);
            return _numbered.Count;
        }

        // Four cards' "Plus de détails" read "Plus de détails : Allocation de logement", … so each says what it opens.
        private static string Named(CardAction action) =>
            ValueOf(action) is var value && value != action.Title ? $"{action.Title} : {value}" : action.Title;

        private static string ValueOf(CardAction action) =>
            action.Value is { ValueKind: JsonValueKind.String } value ? value.GetString()! : action.Title;

    }

    private sealed class TerminalTurnContext(Activity activity) : ITurnContext
    {
        public List<Activity> Replies { get; } = [];

        public Activity Activity { get; } = activity;

        public Task SendAsync(Activity reply, CancellationToken cancellationToken)
        {
            Replies.Add(reply);
            return Task.CompletedTask;
        }
    }
}
