using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace InfoSociale.Bot.Bench;

// One run of `bench chat`: the bare echo endpoint, then our Direct Line round trip (post an activity, wait until
// the bot's reply to it arrives on the conversation's WebSocket), each with `conversations` concurrent clients.
// pace: zero, each client posts again as soon as the reply arrives (the most load the server can take); otherwise
// each posts once every `pace`, as residents who read and type, starting at random moments of the first period.
public sealed class ChatBench(int conversations, int turns, IReadOnlyList<string> questions, TimeSpan pace = default)
{
    private static readonly TimeSpan TurnTimeout = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan LightWarmUp = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan WarmUpRound = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan MaxWarmUp = TimeSpan.FromSeconds(90);
    private long _peakWorkingSet;

    public async Task<ChatBenchFigures> RunAsync(string directLineBase, string secret, string echoUrl, CancellationToken cancellationToken)
    {
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = int.MaxValue, PooledConnectionLifetime = TimeSpan.FromMinutes(10) });
        using var sampling = new CancellationTokenSource();
        var sampler = SampleMemoryAsync(sampling.Token);

        var echoWarmUp = await WarmUpAsync(conversations, (load, duration) => MeasureEchoAsync(http, echoUrl, load, duration, cancellationToken));
        GC.Collect(); // each measure starts from a clean heap
        var echoRps = await MeasureEchoAsync(http, echoUrl, conversations, TimeSpan.FromSeconds(3), cancellationToken);

        // The measured conversations themselves are warmed up, so their buffers are no longer young objects a
        // collection must copy during the measure.
        var clients = await OpenAsync(http, directLineBase, secret, conversations, cancellationToken);
        var directLineWarmUp = await WarmUpAsync(conversations,
            (load, duration) => TurnsPerSecondAsync(http, directLineBase, clients.Take(load).ToList(), questions, duration, cancellationToken));
        Console.WriteLine($"  warmed up: echo {echoWarmUp.TotalSeconds:F0} s, Direct Line {directLineWarmUp.TotalSeconds:F0} s");
        GC.Collect();

        var latencies = new ConcurrentBag<double>();
        var clock = Stopwatch.StartNew();
        var errors = await RunTurnsAsync(http, directLineBase, clients, turns, questions, pace, latencies, cancellationToken);
        var elapsed = clock.Elapsed.TotalSeconds;
        await CloseAsync(clients);

        await sampling.CancelAsync();
        await sampler;
        var sorted = latencies.OrderBy(l => l).ToArray();
        var turnsPerSecond = sorted.Length / elapsed;
        return new ChatBenchFigures(
            conversations, turns,
            Math.Round(turnsPerSecond, 1),
            Math.Round(Percentile(sorted, 0.50), 2),
            Math.Round(Percentile(sorted, 0.99), 2),
            Math.Round(echoRps, 1),
            Math.Round(echoRps > 0 ? turnsPerSecond / echoRps : 0, 3),
            Interlocked.Read(ref _peakWorkingSet) / (1024 * 1024),
            errors);
    }

    // A server runs on the code tiered compilation settles on, which takes tens of seconds to compile in the background.
    // Under full load the compiler gets no core, so the warm-up first runs a tenth of the load for LightWarmUp, then the
    // full load in rounds until three rounds in a row are no more than 5 % faster than the best before (at most MaxWarmUp).
    private static async Task<TimeSpan> WarmUpAsync(int load, Func<int, TimeSpan, Task<double>> round)
    {
        var clock = Stopwatch.StartNew();
        await round(Math.Max(1, load / 10), LightWarmUp);
        var (best, flat) = (0.0, 0);
        while (clock.Elapsed < MaxWarmUp && flat < 3)
        {
            var rate = await round(load, WarmUpRound);
            flat = rate > best * 1.05 ? 0 : flat + 1;
            best = Math.Max(best, rate);
        }
        return clock.Elapsed;
    }

    // Turns per second of the conversations taking turns for about `duration` (each finishes its turn in progress).
    private static async Task<double> TurnsPerSecondAsync(HttpClient http, string directLineBase, List<BenchConversation> clients,
        IReadOnlyList<string> questions, TimeSpan duration, CancellationToken cancellationToken)
    {
        var done = 0L;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(clients.Select(async client =>
        {
            for (var turn = 0; clock.Elapsed < duration; turn++)
                if (await client.TurnAsync(http, directLineBase, questions[turn % questions.Count], TurnTimeout, cancellationToken) is not null)
                    Interlocked.Increment(ref done);
        }));
        return done / clock.Elapsed.TotalSeconds;
    }

    // Requests per second of `clients` loops posting to the echo for a fixed time (a few thousand requests
    // finish too fast to give a stable figure).
    private static async Task<double> MeasureEchoAsync(HttpClient http, string url, int clients, TimeSpan duration, CancellationToken cancellationToken)
    {
        var body = """{"type":"message","text":"bonjour","from":{"id":"bench"}}""";
        var requests = 0L;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async _ =>
        {
            while (clock.Elapsed < duration)
            {
                using var response = await http.PostAsync(url, new StringContent(body, Encoding.UTF8, "application/json"), cancellationToken);
                await response.Content.ReadAsByteArrayAsync(cancellationToken);
                Interlocked.Increment(ref requests);
            }
        }));
        return requests / clock.Elapsed.TotalSeconds;
    }

    private static async Task<List<BenchConversation>> OpenAsync(HttpClient http, string directLineBase, string secret, int count, CancellationToken cancellationToken)
    {
        var opened = new List<BenchConversation>();
        foreach (var batch in Enumerable.Range(0, count).Chunk(50))
            opened.AddRange(await Task.WhenAll(batch.Select(i => BenchConversation.OpenAsync(http, directLineBase, secret, $"bench-user-{i}", cancellationToken))));
        return opened;
    }

    private static async Task<int> RunTurnsAsync(HttpClient http, string directLineBase, List<BenchConversation> clients, int turns,
        IReadOnlyList<string> questions, TimeSpan pace, ConcurrentBag<double> latencies, CancellationToken cancellationToken)
    {
        var errors = 0;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(clients.Select(async client =>
        {
            var start = pace * Random.Shared.NextDouble();
            for (var turn = 0; turn < turns; turn++)
            {
                // A late reply delays the next message (one waits at a time, as in a chat) but never the schedule after it.
                var due = start + pace * turn - clock.Elapsed;
                if (due > TimeSpan.Zero) await Task.Delay(due, cancellationToken);
                var latency = await client.TurnAsync(http, directLineBase, questions[turn % questions.Count], TurnTimeout, cancellationToken);
                if (latency is { } ms) latencies.Add(ms);
                else Interlocked.Increment(ref errors);
            }
        }));
        return errors;
    }

    private static async Task CloseAsync(List<BenchConversation> clients) => await Task.WhenAll(clients.Select(c => c.CloseAsync()));

    private async Task SampleMemoryAsync(CancellationToken cancellationToken)
    {
        using var process = Process.GetCurrentProcess();
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(100));
        try
        {
            do
            {
                process.Refresh();
                var current = process.WorkingSet64;
                if (current > Interlocked.Read(ref _peakWorkingSet)) Interlocked.Exchange(ref _peakWorkingSet, current);
            } while (await timer.WaitForNextTickAsync(cancellationToken));
        }
        catch (OperationCanceledException) { }
    }

    private static double Percentile(double[] sorted, double rank) =>
        sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(rank * sorted.Length) - 1)];
}

public sealed record ChatBenchFigures(
    [property: JsonPropertyName("conversations")] int Conversations,
    [property: JsonPropertyName("turns")] int Turns,
    [property: JsonPropertyName("turns_per_s")] double TurnsPerSecond,
    [property: JsonPropertyName("p50_ms")] double P50Ms,
    [property: JsonPropertyName("p99_ms")] double P99Ms,
    [property: JsonPropertyName("echo_rps")] double EchoRps,
    [property: JsonPropertyName("ratio_to_echo")] double RatioToEcho,
    [property: JsonPropertyName("memory_mb")] long MemoryMb,
    [property: JsonPropertyName("errors")] int Errors);

// One simulated resident: a Direct Line conversation with its WebSocket, as Web Chat holds it.
internal sealed class BenchConversation
{
    private readonly ClientWebSocket _socket;
    private readonly string _conversationId;
    private readonly string _token;
    private readonly string _userId;
    private readonly ConcurrentDictionary<string, TaskCompletionSource<long>> _replies = new();
    private readonly Task _receiving;

    private BenchConversation(ClientWebSocket socket, string conversationId, string token, string userId)
    {
        _socket = socket;
        _conversationId = conversationId;
        _token = token;
        _userId = userId;
        _receiving = ReceiveAsync();
    }

    public static async Task<BenchConversation> OpenAsync(HttpClient http, string directLineBase, string secret, string userId, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{directLineBase}/conversations")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { user = new { id = userId }, locale = "fr-FR" }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        using var response = await http.SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
        var started = JsonNode.Parse(await response.Content.ReadAsStringAsync(cancellationToken))!;
        var socket = new ClientWebSocket();
        await socket.ConnectAsync(new Uri(started["streamUrl"]!.GetValue<string>()), cancellationToken);
        return new BenchConversation(socket, started["conversationId"]!.GetValue<string>(), started["token"]!.GetValue<string>(), userId);
    }

    // Milliseconds from the post to the bot's first reply on the WebSocket; null when it failed or never came.
    public async Task<double?> TurnAsync(HttpClient http, string directLineBase, string text, TimeSpan timeout, CancellationToken cancellationToken)
    {
        // Written by hand, as the response is read below: the load generator shares the machine with the server.
        var body = $$$"""{"type":"message","from":{"id":{{{Json(_userId)}}},"role":"user"},"text":{{{Json(text)}}},"locale":"fr-FR","channelData":{"clientActivityID":"{{{Guid.NewGuid():N}}}"}}""";
        var started = Stopwatch.GetTimestamp();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{directLineBase}/conversations/{_conversationId}/activities")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _token);
        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            if (!response.IsSuccessStatusCode) return null;
            var id = ReadId(await response.Content.ReadAsByteArrayAsync(cancellationToken));
            var arrived = await Reply(id).Task.WaitAsync(timeout, cancellationToken);
            _replies.TryRemove(id, out _);
            return Stopwatch.GetElapsedTime(started, arrived).TotalMilliseconds;
        }
        catch (Exception error) when (error is TimeoutException or HttpRequestException)
        {
            return null;
        }
    }

    private static string Json(string value) => JsonSerializer.Serialize(value);

    // {"id":"..."} of the posted activity.
    private static string ReadId(byte[] json)
    {
        var reader = new Utf8JsonReader(json);
        while (reader.Read())
            if (reader.TokenType == JsonTokenType.PropertyName && reader.ValueTextEquals("id"u8) && reader.Read()) return reader.GetString()!;
        throw new HttpRequestException("The post answered no id.");
    }

    public async Task CloseAsync()
    {
        try { await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None); }
        catch (WebSocketException) { }
        await _receiving;
        _socket.Dispose();
    }

    private TaskCompletionSource<long> Reply(string activityId) =>
        _replies.GetOrAdd(activityId, _ => new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously));

    private async Task ReceiveAsync()
    {
        var buffer = new byte[64 * 1024];
        var frame = new MemoryStream();
        try
        {
            while (_socket.State == WebSocketState.Open)
            {
                var part = await _socket.ReceiveAsync(buffer, CancellationToken.None);
                if (part.MessageType == WebSocketMessageType.Close) break;
                frame.Write(buffer, 0, part.Count);
                if (!part.EndOfMessage) continue;
                var arrived = Stopwatch.GetTimestamp();
                if (frame.Length > 0) NoteReplies(frame.ToArray(), arrived);
                frame.SetLength(0);
            }
        }
        catch (WebSocketException) { }
    }

    // The load generator shares the machine with the server, so it only looks for the replyToId of bot messages.
    private void NoteReplies(byte[] json, long arrived)
    {
        if (json.AsSpan().IndexOf("\"role\":\"bot\""u8) < 0) return;
        var reader = new Utf8JsonReader(json);
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 3 && reader.ValueTextEquals("replyToId"u8))
            {
                reader.Read();
                Reply(reader.GetString()!).TrySetResult(arrived);
            }
        }
    }
}
