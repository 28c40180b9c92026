using System.CommandLine;
using System.Text.Json;
using InfoSociale.Bot.Bench;
using InfoSociale.Bot.Hosting;
using InfoSociale.Core.Conversations;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace InfoSociale.Bot.Cli;

// ./infosociale bench chat [--conversations 200] [--turns 20] [--json]
public static class BenchChatCommand
{
    public static Command Create()
    {
        var conversations = new Option<int>("--conversations") { Description = "Concurrent conversations (each its own WebSocket).", DefaultValueFactory = _ => 200 };
        var turns = new Option<int>("--turns") { Description = "Turns per conversation, one after the other.", DefaultValueFactory = _ => 20 };
        var json = new Option<bool>("--json") { Description = "End with one JSON line of the figures." };
        var pace = new Option<double>("--pace")
        {
            Description = "Seconds between one simulated resident's messages (0: each posts again as soon as the reply arrives).",
            DefaultValueFactory = _ => 0,
        };
        var bot = new Option<string>("--bot") { Description = "assistant: the real assistant (search, dialogs, state); echo: the channel alone.", DefaultValueFactory = _ => "assistant" };
        bot.AcceptOnlyFromAmong("assistant", "echo");
        var command = new Command("chat", "Direct Line round trip (post, then the reply on the WebSocket) against a bare Kestrel echo: turns/s, p50/p99, memory.")
        {
            conversations, turns, json, bot, pace,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var (count, perConversation) = (parseResult.GetValue(conversations), parseResult.GetValue(turns));
            if (count < 1 || perConversation < 1)
            {
                Console.Error.WriteLine("bench chat: --conversations and --turns must be at least 1.");
                return 2;
            }
            if (parseResult.GetValue(pace) is < 0 or > 3600 or double.NaN)
            {
                Console.Error.WriteLine("bench chat: --pace must be between 0 and 3600 seconds.");
                return 2;
            }
            var figures = await RunAsync(count, perConversation, TimeSpan.FromSeconds(parseResult.GetValue(pace)), parseResult.GetValue(bot) == "echo", cancellationToken);
            Print(figures, paced: parseResult.GetValue(pace) > 0);
            if (parseResult.GetValue(json)) Console.WriteLine(JsonSerializer.Serialize(figures));
            return 0;
        });
        return command;
    }

    // Questions the assistant answers with cards, asked in turn by every simulated resident.
    private static readonly string[] Questions =
    [
        "aide pour payer mon loyer", "trouver un médecin", "cours de français", "allocations familiales", "conseil juridique gratuit",
    ];

    private static async Task<ChatBenchFigures> RunAsync(int conversations, int turns, TimeSpan pace, bool echoBot, CancellationToken cancellationToken)
    {
        var data = Directory.CreateTempSubdirectory("infosociale-bench-chat-");
        try
        {
            await using var echo = await EchoServer.StartAsync();
            var app = WebHost.Build(new ServeOptions
            {
                Urls = "http://127.0.0.1:0",
                DataDirectory = data.FullName,
                QuietLogs = true,
                // Every simulated resident comes from 127.0.0.1 as fast as it can: the limits would measure the limiter.
                Settings = new Dictionary<string, string?>
                {
                    ["InfoSociale:RateLimits:RequestsPerMinutePerAddress"] = int.MaxValue.ToString(),
                    ["InfoSociale:RateLimits:PostsPerMinutePerConversation"] = int.MaxValue.ToString(),
                },
                ConfigureServices = services =>
                {
                    if (echoBot) services.Replace(ServiceDescriptor.Singleton<IBot, BenchEchoBot>());
                },
            });
            await using (app)
            {
                await app.StartAsync(cancellationToken);
                var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
                var secret = app.Services.GetRequiredService<DataFolder>().DirectLineSecret;
                await WaitUntilReadyAsync(address, cancellationToken);
                var paced = pace > TimeSpan.Zero ? $", one message every {pace.TotalSeconds:0.###} s" : ", each message as soon as the reply arrives";
                Console.WriteLine($"bench chat: {conversations} conversations x {turns} turns{paced}, Direct Line over WebSocket, bot: {(echoBot ? "echo" : "assistant")} ({Environment.ProcessorCount} cores)");
                var figures = await new ChatBench(conversations, turns, Questions, pace).RunAsync($"{address}/v3/directline", secret, echo.Url, cancellationToken);
                await app.StopAsync(cancellationToken);
                return figures;
            }
        }
        finally
        {
            data.Delete(recursive: true);
        }
    }

    // The assistant's search index is built at first start; the measure begins once /health/ready says so.
    private static async Task WaitUntilReadyAsync(string address, CancellationToken cancellationToken)
    {
        using var http = new HttpClient();
        while (true)
        {
            using var response = await http.GetAsync($"{address}/health/ready", cancellationToken);
            if (response.IsSuccessStatusCode) return;
            await Task.Delay(200, cancellationToken);
        }
    }

    // Paced, the turns per second are the load the residents offer, not what the server can take: no ratio to the echo.
    private static void Print(ChatBenchFigures figures, bool paced)
    {
        Console.WriteLine($"  bare Kestrel echo        {figures.EchoRps,10:F0} requests/s");
        Console.WriteLine($"  Direct Line round trip   {figures.TurnsPerSecond,10:F0} turns/s   p50 {figures.P50Ms:F1} ms   p99 {figures.P99Ms:F1} ms");
        Console.WriteLine(paced ? "  ratio to echo                   - (paced load)" : $"  ratio to echo            {figures.RatioToEcho,10:P0}");
        Console.WriteLine($"  peak memory              {figures.MemoryMb,10} MB (this process: server and simulated clients)");
        Console.WriteLine($"  errors                   {figures.Errors,10}");
    }
}
