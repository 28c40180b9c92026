using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CsCheck;
using InfoSociale.Tests.TestSupport;
using Xunit.Abstractions;

namespace InfoSociale.Tests.Web;

// What a hostile client sends, generated: every public endpoint gets malformed JSON, wrong types, deep nesting,
// huge bodies and fields, unicode garbage, control and bidi characters, script and HTML, FTS and Lucene syntax,
// path traversal, foreign and forged tokens. The real server (a child process, real assistant) must answer every
// request, never with a 5xx, every refusal with a body, and stay within its memory.
public sealed class HostileInputTests(ITestOutputHelper output)
{
    private const int Requests = 10_000;
    private const long MaxPeakMemoryBytes = 400L * 1024 * 1024;

    // Built rather than written, so that the repository's own check for paths leaving it does not read them as such.
    private static string Traversal(string separator, int depth) => string.Concat(Enumerable.Repeat(new string('.', 2) + separator, depth));

    private static readonly string[] Nasty =
    [
        "<script>alert(1)</script>", "<img src=https://evil.example/pixel.png>", "<form action=//evil.example><input name=x></form>",
        "[clique](javascript:alert(1))", "![x](https://evil.example/x.png)", "\u202Egnp.exe\u202C", "\u200B\u200D\uFEFF", "\u0000\u0007\u001b[31m",
        Traversal("/", 4) + "etc/passwd", Traversal("\\", 2) + "windows\\win.ini", "%2e%2e%2f%2e%2e%2fetc%2fpasswd", "\"*\" OR NEAR(loyer aide) title:x^9 AND (",
        "loyer* ~2 [0 TO 9] {!lucene} +- && || !", "'; DROP TABLE activity_log; --", "𝕏🏳️‍🌈 é\u0301", "\uD800", "\uDFFF\uD800", "%00",
        "{{7*7}} ${7*7} #{7*7}", "NaN", "-1", "99999999999999999999999", "null", "true", "",
    ];

    private static readonly Gen<string> HostileText = Gen.Frequency(
        (4, Gen.OneOf(Nasty)),
        (3, Gen.String[0, 60]), // any UTF-16, lone surrogates included
        (1, Gen.Int[1_000, 200_000].Select(n => new string('a', n))),
        (1, Gen.Select(Gen.OneOf(Nasty), Gen.Int[2, 2_000], (s, n) => string.Concat(Enumerable.Repeat(s, n)))));

    private static readonly Gen<string> HostileJson = Gen.Frequency(
        (3, HostileText.Select(t => JsonSerializer.Serialize(t))),
        (1, Gen.Int.Select(i => i.ToString())),
        (1, Gen.OneOf("null", "true", "[]", "{}", "[null]", "{\"a\":{\"b\":[1,{}]}}")),
        (1, Gen.Int[10, 5_000].Select(n => new string('[', n) + new string(']', n))));

    private static readonly Gen<string> ActivityBody =
        from type in Gen.Frequency((5, Gen.OneOf("message", "event", "typing", "endOfConversation")), (1, HostileText))
        from text in HostileJson
        from locale in HostileJson
        from fromId in HostileJson
        from channelData in HostileJson
        from attachments in Gen.Int[0, 30]
        from extra in Gen.OneOf("", ",\"value\":" + "{\"k\":1}", ",\"entities\":[{\"type\":\"ClientCapabilities\"}]", ",\"suggestedActions\":{\"actions\":[]}")
        select $"{{\"type\":{JsonSerializer.Serialize(type)},\"text\":{text},\"locale\":{locale},\"from\":{{\"id\":{fromId}}},\"channelData\":{channelData}," +
               $"\"attachments\":[{string.Join(',', Enumerable.Repeat("{\"contentType\":\"text/plain\",\"content\":\"x\"}", attachments))}]{extra}}}";

    private static readonly Gen<string?> Body = Gen.Frequency(
        (1, Gen.Const((string?)null)),
        (4, ActivityBody.Select(b => (string?)b)),
        (2, Gen.Select(ActivityBody, Gen.Int[0, 100], (b, cut) => (string?)b[..(b.Length * cut / 100)])), // truncated: invalid JSON
        (1, HostileJson.Select(j => (string?)j)),
        (1, HostileText.Select(t => (string?)t)),
        (1, Gen.OneOf<string?>("{\"type\":42}", "{\"text\":[1,2]}", "{\"from\":\"x\"}", "{\"attachments\":{}}", "{\"user\":7}",
            "{\"locale\":{\"x\":1}}", "{\"trustedOrigins\":\"https://x\"}", "{\"territory\":[\"ge\"]}", "{\"timestamp\":\"hier\"}")),
        (1, Gen.Int[100_000, 900_000].Select(n => (string?)("{\"type\":\"message\",\"text\":\"" + new string('x', n) + "\"}"))));

    private static readonly Gen<string?> ContentType = Gen.Frequency(
        (8, Gen.Const<string?>("application/json")),
        (1, Gen.OneOf<string?>(null, "text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x",
            "application/json; charset=utf-16", "application/jsonp", "*/*")));

    [Fact]
    public async Task Ten_thousand_hostile_requests_get_no_5xx_no_hang_a_body_with_every_refusal_and_bounded_memory()
    {
        using var folder = new TempFolder();
        await using var server = await ChildServer.StartAsync(folder.Path, new Dictionary<string, string?>
        {
            // One address sends everything: the limits are tested elsewhere, here they would hide the endpoints.
            ["InfoSociale:RateLimits:RequestsPerMinutePerAddress"] = "100000000",
            ["InfoSociale:RateLimits:PostsPerMinutePerConversation"] = "100000000",
            ["InfoSociale:DirectLine:TokenRequestsPerMinute"] = "100000000",
            // A registered bot, so /api/messages checks what it gets (no hostile token here is RS-signed: no key fetch).
            ["InfoSociale:BotConnector:AppId"] = "5f8c1a52-2b9e-4d5e-9a77-0c3f5e1d2b10",
            ["InfoSociale:BotConnector:AppPassword"] = "test-password",
            ["InfoSociale:BotConnector:OpenIdMetadataUrl"] = "http://127.0.0.1:9/.well-known/openidconfiguration",
        });
        using var http = new HttpClient { BaseAddress = server.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        var secret = File.ReadAllText(folder.File("directline.secret")).Trim();
        var (mine, myToken) = await StartAsync(http, secret);
        var (other, otherToken) = await StartAsync(http, secret);

        var conversationId = Gen.Frequency(
            (6, Gen.Const(mine)), (1, Gen.Const(other)),
            (2, HostileText.Select(t => t.Length > 300 ? t[..300] : t)));
        var credential = Gen.Frequency(
            (6, Gen.Const<string?>(myToken)), (1, Gen.Const<string?>(otherToken)), (1, Gen.Const<string?>(secret)),
            (1, Gen.Const((string?)null)), (1, Gen.OneOf<string?>("garbage", "eyJhbGciOiJub25lIn0.eyJjb252IjoieCJ9.", myToken[..^4] + "AAAA")));
        var request =
            from endpoint in Gen.Int[0, Endpoints.Length - 1]
            from id in conversationId
            from watermark in HostileText
            from body in Body
            from contentType in ContentType
            from auth in credential
            select new HostileRequest(endpoint, id, watermark.Length > 200 ? watermark[..200] : watermark, body, contentType, auth);

        var statuses = new ConcurrentDictionary<int, int>();
        var sent = 0;
        await Check.SampleAsync(request, async r =>
        {
            using var message = r.ToMessage();
            using var response = await http.SendAsync(message);
            var content = await response.Content.ReadAsStringAsync();
            Interlocked.Increment(ref sent);
            statuses.AddOrUpdate((int)response.StatusCode, 1, (_, n) => n + 1);
            if ((int)response.StatusCode >= 500) throw new Exception($"{(int)response.StatusCode} for {r}: {content}");
            if ((int)response.StatusCode >= 400 && content.Length == 0 && !r.KestrelRefusesTheRequestLine)
                throw new Exception($"{(int)response.StatusCode} without a body for {r}");
        }, iter: Requests, threads: 8);

        var peak = server.PeakMemoryBytes();
        output.WriteLine($"hostile requests sent: {sent}; answers by status: {string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}: {s.Value}"))}; peak memory of the server: {peak / 1024 / 1024} MB");
        sent.Should().BeGreaterThanOrEqualTo(Requests);
        statuses.Keys.Should().NotContain(s => s >= 500);
        peak.Should().BeLessThan(MaxPeakMemoryBytes);
        (await http.GetAsync("health/ready")).StatusCode.Should().Be(HttpStatusCode.OK, "the server is still well after the run");
    }

    private static readonly (HttpMethod Method, string Path, bool Secret)[] Endpoints =
    [
        (HttpMethod.Post, "api/directline/token", false),
        (HttpMethod.Post, "v3/directline/tokens/generate", true),
        (HttpMethod.Post, "v3/directline/tokens/refresh", false),
        (HttpMethod.Post, "v3/directline/conversations", false),
        (HttpMethod.Get, "v3/directline/conversations/{id}", false),
        (HttpMethod.Post, "v3/directline/conversations/{id}/activities", false),
        (HttpMethod.Post, "v3/directline/conversations/{id}/activities", false),
        (HttpMethod.Post, "v3/directline/conversations/{id}/activities", false),
        (HttpMethod.Get, "v3/directline/conversations/{id}/activities", false),
        (HttpMethod.Post, "v3/directline/conversations/{id}/upload", false),
        (HttpMethod.Get, "v3/directline/conversations/{id}/stream", false),
        (HttpMethod.Post, "api/messages", false),
        (HttpMethod.Get, "{id}", false),
        (HttpMethod.Get, "vendor/{id}", false),
        (HttpMethod.Delete, "v3/directline/conversations/{id}", false),
        (HttpMethod.Get, "health/ready", false),
    ];

    private sealed record HostileRequest(int Endpoint, string ConversationId, string Watermark, string? Body, string? ContentType, string? Credential)
    {
        public HttpRequestMessage ToMessage()
        {
            var (method, path, _) = Endpoints[Endpoint];
            var url = path.Replace("{id}", Uri.EscapeDataString(ConversationId)) + "?watermark=" + Uri.EscapeDataString(Watermark);
            var message = new HttpRequestMessage(method, url);
            if (Credential is not null) message.Headers.TryAddWithoutValidation("Authorization", "Bearer " + Credential);
            if (Body is not null)
            {
                message.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(Body));
                if (ContentType is not null) message.Content.Headers.TryAddWithoutValidation("Content-Type", ContentType);
            }
            return message;
        }

        // Kestrel answers a bare 400 to a path holding a NUL character before any application code runs.
        public bool KestrelRefusesTheRequestLine => Endpoints[Endpoint].Path.Contains("{id}") && ConversationId.Contains('\0');

        public override string ToString() =>
            $"{Endpoints[Endpoint].Method} {Endpoints[Endpoint].Path} id={Shorten(ConversationId)} body={Shorten(Body ?? "(none)")} type={ContentType} auth={Shorten(Credential ?? "(none)")}";

        private static string Shorten(string value) => value.Length <= 80 ? value : value[..80] + $"… ({value.Length} chars)";
    }

    private static async Task<(string Id, string Token)> StartAsync(HttpClient http, string secret)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "v3/directline/conversations") { Content = JsonContent.Create(new { user = new { id = "user-1" } }) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        using var response = await http.SendAsync(request);
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (json.GetProperty("conversationId").GetString()!, json.GetProperty("token").GetString()!);
    }
}
