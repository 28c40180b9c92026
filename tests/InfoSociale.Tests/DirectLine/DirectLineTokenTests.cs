using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using InfoSociale.Bot.DirectLine;
using InfoSociale.Core.Activities;
using InfoSociale.Tests.Web;

namespace InfoSociale.Tests.DirectLine;

public sealed class DirectLineTokenTests : IAsyncLifetime
{
    private readonly EchoBot _bot = new();
    private RunningHost _host = null!;
    private DirectLineCalls _directLine = null!;

    public async Task InitializeAsync()
    {
        _host = await RunningHost.StartAsync(_bot, new Dictionary<string, string?>
        {
            ["InfoSociale:DirectLine:TokenRequestsPerMinute"] = "3",
            ["InfoSociale:TrustedProxies:0"] = "127.0.0.1", // as behind the local reverse proxy
        });
        _directLine = new DirectLineCalls(_host);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_token_of_one_conversation_can_neither_read_nor_write_another()
    {
        var a = await _directLine.StartAsync();
        var b = await _directLine.StartAsync();

        using var read = await _directLine.SendAsync(HttpMethod.Get, $"v3/directline/conversations/{b.Id}/activities", a.Token, null);
        using var write = await _directLine.PostMessageAsync(b.Id, a.Token, "intrusion");
        using var resume = await _directLine.SendAsync(HttpMethod.Get, $"v3/directline/conversations/{b.Id}", a.Token, null);

        foreach (var response in new[] { read, write, resume })
        {
            response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
            (await DirectLineCalls.ReadErrorAsync(response)).Message.Should().Be("This token belongs to another conversation.");
        }
        (await _directLine.GetActivitiesAsync(b.Id, b.Token)).Texts.Should().NotContain("intrusion");
    }

    [Fact]
    public async Task An_expired_token_is_refused_with_TokenExpired()
    {
        var started = await _directLine.StartAsync();
        var anHourAgo = new DirectLineTokens(_host.Secret, TimeSpan.FromMinutes(30), new ShiftedClock(TimeSpan.FromHours(-1)));
        var expired = anHourAgo.Issue(started.Id, "user-1").Token;

        using var response = await _directLine.SendAsync(HttpMethod.Get, $"v3/directline/conversations/{started.Id}/activities", expired, null);
        using var refresh = await _directLine.SendAsync(HttpMethod.Post, "v3/directline/tokens/refresh", expired, null);

        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await DirectLineCalls.ReadErrorAsync(response)).Should().Be(new DirectLineErrorShape("TokenExpired",
            "The token has expired; ask /api/directline/token for a new conversation or refresh it before it expires."));
        refresh.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await DirectLineCalls.ReadErrorAsync(refresh)).Code.Should().Be("TokenExpired");
    }

    [Fact]
    public async Task A_token_signed_with_another_secret_is_refused()
    {
        var started = await _directLine.StartAsync();
        var forger = new DirectLineTokens("a-secret-that-is-not-the-server-one-0123456789", TimeSpan.FromMinutes(30), TimeProvider.System);

        using var response = await _directLine.PostMessageAsync(started.Id, forger.Issue(started.Id, "user-1").Token, "bonjour");

        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await DirectLineCalls.ReadErrorAsync(response)).Should().Be(new DirectLineErrorShape("TokenInvalid", "The token is not a valid Direct Line token of this server."));
    }

    [Fact]
    public async Task A_missing_credential_is_401_with_what_to_send()
    {
        using var response = await _directLine.SendAsync(HttpMethod.Post, "v3/directline/conversations", null, null);

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await DirectLineCalls.ReadErrorAsync(response)).Message.Should().Contain("Authorization: Bearer");
    }

    [Fact]
    public async Task Refresh_gives_a_new_token_for_the_same_conversation_and_user()
    {
        var started = await _directLine.StartAsync();

        using var response = await _directLine.SendAsync(HttpMethod.Post, "v3/directline/tokens/refresh", started.Token, null);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        body.GetProperty("conversationId").GetString().Should().Be(started.Id);
        body.GetProperty("expires_in").GetInt32().Should().Be(1800);
        var check = await ServerTokens().CheckAsync(body.GetProperty("token").GetString()!);
        check.Should().BeEquivalentTo(new TokenCheck.Valid(started.Id, "user-1", []));
    }

    [Fact]
    public async Task Generate_with_the_secret_reserves_a_conversation_for_the_named_user()
    {
        using var response = await _directLine.SendAsync(HttpMethod.Post, "v3/directline/tokens/generate", _host.Secret, """{"user":{"id":"dl_site-user"}}""");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var check = await ServerTokens().CheckAsync(body.GetProperty("token").GetString()!);
        check.Should().BeEquivalentTo(new TokenCheck.Valid(body.GetProperty("conversationId").GetString()!, "dl_site-user", []));
    }

    [Fact]
    public async Task A_token_generated_with_trusted_origins_works_from_them_and_from_a_backend_but_not_from_another_page()
    {
        var token = await GenerateAsync("""{"user":{"id":"dl_site-user"},"trustedOrigins":["https://www.ge.ch/","https://guichet.ge.ch"]}""");

        using var fromTrusted = await _directLine.SendAsync(HttpMethod.Post, $"v3/directline/conversations/{token.ConversationId}/activities", token.Token,
            """{"type":"message","from":{"id":"dl_site-user"},"text":"bonjour"}""", origin: "https://WWW.ge.ch");
        using var fromBackend = await _directLine.SendAsync(HttpMethod.Get, $"v3/directline/conversations/{token.ConversationId}/activities", token.Token, null);
        using var fromElsewhere = await _directLine.SendAsync(HttpMethod.Get, $"v3/directline/conversations/{token.ConversationId}/activities", token.Token, null,
            origin: "https://copie.example");

        fromTrusted.StatusCode.Should().Be(HttpStatusCode.OK);
        fromBackend.StatusCode.Should().Be(HttpStatusCode.OK);
        fromElsewhere.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await DirectLineCalls.ReadErrorAsync(fromElsewhere)).Message.Should().Be("This token may only be used from the origins it was issued for.");
    }

    [Fact]
    public async Task A_refreshed_token_keeps_its_trusted_origins()
    {
        var token = await GenerateAsync("""{"trustedOrigins":["https://www.ge.ch"]}""");

        using var refresh = await _directLine.SendAsync(HttpMethod.Post, "v3/directline/tokens/refresh", token.Token, null, origin: "https://www.ge.ch");
        var refreshed = (await refresh.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!;

        var check = await ServerTokens().CheckAsync(refreshed);
        check.Should().BeEquivalentTo(new TokenCheck.Valid(token.ConversationId, null, ["https://www.ge.ch"]));
    }

    [Theory]
    [InlineData("www.ge.ch")]
    [InlineData("https://www.ge.ch/chat")]
    [InlineData("ftp://www.ge.ch")]
    public async Task Generate_refuses_a_trusted_origin_that_is_not_a_bare_origin(string origin)
    {
        using var response = await _directLine.SendAsync(HttpMethod.Post, "v3/directline/tokens/generate", _host.Secret,
            JsonSerializer.Serialize(new { trustedOrigins = new[] { origin } }));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await DirectLineCalls.ReadErrorAsync(response)).Message.Should().Be(
            $"'{origin}' in trustedOrigins is not an origin; write it as scheme and host, for example \"https://www.ge.ch\".");
    }

    [Fact]
    public async Task The_page_token_endpoint_binds_the_token_to_the_asking_page()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/directline/token") { Content = JsonContent.Create(new { territory = "ge" }) };
        request.Headers.Add("Origin", _host.BaseAddress.GetLeftPart(UriPartial.Authority));
        using var response = await _host.Http.SendAsync(request);
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!;

        var check = await ServerTokens().CheckAsync(token);
        check.Should().BeOfType<TokenCheck.Valid>().Which.TrustedOrigins.Should().Equal(_host.BaseAddress.GetLeftPart(UriPartial.Authority).ToLowerInvariant());
    }

    [Fact]
    public async Task The_page_token_endpoint_starts_a_conversation_in_the_requested_territory()
    {
        using var response = await _host.Http.PostAsJsonAsync("api/directline/token", new { territory = "paris" });
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var token = body.GetProperty("token").GetString()!;
        var conversationId = body.GetProperty("conversationId").GetString()!;

        using var start = await _directLine.SendAsync(HttpMethod.Post, "v3/directline/conversations", token, null);
        start.StatusCode.Should().Be(HttpStatusCode.Created);
        await _directLine.WaitForAsync(conversationId, token, set => set.Texts.Any(t => t?.EndsWith("Territoire : paris.") == true));

        var update = _bot.Received.Single(a => a.Type == ActivityTypes.ConversationUpdate && a.Conversation!.Id == conversationId);
        update.MembersAdded!.Should().Contain(m => m.Role == "user" && m.Id.StartsWith("dl_"));
        body.ToString().Should().NotContain(_host.Secret);
    }

    [Fact]
    public async Task The_page_token_endpoint_refuses_an_unknown_territory()
    {
        using var response = await _host.Http.PostAsJsonAsync("api/directline/token", new { territory = "atlantide" });

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await DirectLineCalls.ReadErrorAsync(response)).Message.Should().StartWith("Unknown territory 'atlantide'");
    }

    [Fact]
    public async Task The_page_token_endpoint_is_rate_limited_per_client_address()
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            using var response = await _host.Http.PostAsync("api/directline/token", null);
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
                (await DirectLineCalls.ReadErrorAsync(response)).Code.Should().Be("TooManyRequests");
        }

        statuses.Should().Equal(HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests);
        using var otherResident = new HttpRequestMessage(HttpMethod.Post, "api/directline/token");
        otherResident.Headers.Add("X-Forwarded-For", "203.0.113.9"); // another address, through the local reverse proxy
        (await _host.Http.SendAsync(otherResident)).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    private DirectLineTokens ServerTokens() => new(_host.Secret, TimeSpan.FromMinutes(30), TimeProvider.System);

    private sealed class ShiftedClock(TimeSpan shift) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + shift;
    }

    private async Task<(string ConversationId, string Token)> GenerateAsync(string body)
    {
        using var response = await _directLine.SendAsync(HttpMethod.Post, "v3/directline/tokens/generate", _host.Secret, body);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (json.GetProperty("conversationId").GetString()!, json.GetProperty("token").GetString()!);
    }
}
