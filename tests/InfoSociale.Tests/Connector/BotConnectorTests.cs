using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using InfoSociale.Core.Activities;
using InfoSociale.Tests.Web;
using Microsoft.IdentityModel.Tokens;

namespace InfoSociale.Tests.Connector;

public sealed class BotConnectorTests : IAsyncLifetime
{
    private readonly EchoBot _bot = new();
    private FakeChannel _channel = null!;
    private RunningHost _host = null!;
    private RsaSecurityKey _key = null!;

    public async Task InitializeAsync()
    {
        _channel = await FakeChannel.StartAsync();
        _key = new RsaSecurityKey(_channel.Publish("key-1", "msteams", "webchat")) { KeyId = "key-1" };
        _host = await RunningHost.StartAsync(_bot, _channel.BotSettings);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _channel.DisposeAsync();
    }

    [Fact]
    public async Task A_valid_channel_message_is_answered_through_its_service_url_with_a_client_credentials_token()
    {
        using var response = await PostAsync(ValidToken(), Message("msteams", "a:conv/1", "act|42"));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var reply = _channel.Replies.Should().ContainSingle().Subject;
        reply.Path.Should().Be("/connector/v3/conversations/a%3Aconv%2F1/activities/act%7C42");
        reply.Authorization.Should().Be("Bearer " + FakeChannel.OutboundToken);
        reply.Body.GetProperty("text").GetString().Should().Be("Écho : bonjour");
        reply.Body.GetProperty("from").GetProperty("id").GetString().Should().Be("bot-id");
        reply.Body.GetProperty("recipient").GetProperty("id").GetString().Should().Be("user-29");
        reply.Body.GetProperty("replyToId").GetString().Should().Be("act|42");
        var tokenRequest = _channel.TokenRequests.Should().ContainSingle().Subject;
        tokenRequest.Should().Contain(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = FakeChannel.AppId,
            ["client_secret"] = FakeChannel.AppPassword,
            ["scope"] = "https://api.botframework.com/.default",
        });
    }

    [Fact]
    public async Task The_bot_token_and_the_channel_keys_are_fetched_once_for_several_messages()
    {
        for (var i = 0; i < 3; i++)
            (await PostAsync(ValidToken(), Message("msteams", "conv", $"act{i}"))).StatusCode.Should().Be(HttpStatusCode.OK);

        _channel.Replies.Should().HaveCount(3);
        _channel.TokenRequests.Should().ContainSingle();
        _channel.KeyFetches.Should().Be(1);
    }

    [Fact]
    public async Task A_key_rotated_in_by_the_channel_is_found_by_fetching_the_keys_again()
    {
        (await PostAsync(ValidToken(), Message("msteams", "conv", "a1"))).StatusCode.Should().Be(HttpStatusCode.OK);
        var rotated = new RsaSecurityKey(_channel.Publish("key-2", "msteams")) { KeyId = "key-2" };

        using var response = await PostAsync(FakeChannel.Sign(rotated, SecurityAlgorithms.RsaSha256, serviceUrl: _channel.ServiceUrl), Message("msteams", "conv", "a2"));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        _channel.KeyFetches.Should().Be(2);
    }

    public static TheoryData<string, string> Refusals => new()
    {
        { "forged signature", "The token's signature is not valid." },
        { "expired", "The token has expired." },
        { "wrong audience", "The token is not meant for this bot (audience)." },
        { "wrong issuer", "The token's issuer is not a Bot Framework issuer." },
        { "unknown kid", "The token's signing key 'key-unknown' is not among the channel's keys." },
        { "channel not endorsed", "The signing key does not endorse channel 'slack'." },
        { "serviceUrl mismatch", "The token's serviceurl claim does not match the activity's serviceUrl." },
        { "HS256", "Tokens signed with HS256 are not accepted (RS256, RS384 or RS512 only)." },
        { "no token", "No 'Authorization: Bearer' token." },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task A_token_breaking_one_rule_is_refused_with_401_and_nothing_is_sent(string rule, string reason)
    {
        var serviceUrl = _channel.ServiceUrl;
        var channelId = "msteams";
        string? token = rule switch
        {
            "forged signature" => FakeChannel.Sign(new RsaSecurityKey(RSA.Create(2048)) { KeyId = "key-1" }, SecurityAlgorithms.RsaSha256, serviceUrl: serviceUrl),
            "expired" => FakeChannel.Sign(_key, SecurityAlgorithms.RsaSha256, serviceUrl: serviceUrl, expires: DateTime.UtcNow.AddMinutes(-6)),
            "wrong audience" => FakeChannel.Sign(_key, SecurityAlgorithms.RsaSha256, audience: "another-bot", serviceUrl: serviceUrl),
            "wrong issuer" => FakeChannel.Sign(_key, SecurityAlgorithms.RsaSha256, issuer: "https://sts.example", serviceUrl: serviceUrl),
            "unknown kid" => FakeChannel.Sign(new RsaSecurityKey(RSA.Create(2048)) { KeyId = "key-unknown" }, SecurityAlgorithms.RsaSha256, serviceUrl: serviceUrl),
            "HS256" => FakeChannel.Sign(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(new string('k', 64))) { KeyId = "key-1" }, SecurityAlgorithms.HmacSha256, serviceUrl: serviceUrl),
            "no token" => null,
            _ => ValidToken(),
        };
        if (rule == "channel not endorsed") channelId = "slack";
        var activity = Message(channelId, "conv", "act-1", rule == "serviceUrl mismatch" ? "http://127.0.0.1:9/elsewhere/" : serviceUrl);

        using var response = await PostAsync(token, activity);

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        problem.GetProperty("detail").GetString().Should().Be(reason);
        _channel.Replies.Should().BeEmpty();
        _bot.Received.Should().BeEmpty();
    }

    [Fact]
    public async Task A_token_expired_within_the_five_minute_skew_is_still_accepted()
    {
        var token = FakeChannel.Sign(_key, SecurityAlgorithms.RsaSha256, serviceUrl: _channel.ServiceUrl, expires: DateTime.UtcNow.AddMinutes(-2));

        using var response = await PostAsync(token, Message("msteams", "conv", "act"));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task RS512_tokens_are_accepted()
    {
        var token = FakeChannel.Sign(_key, SecurityAlgorithms.RsaSha512, serviceUrl: _channel.ServiceUrl);

        using var response = await PostAsync(token, Message("webchat", "conv", "act"));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Unreachable_channel_keys_give_503_rather_than_a_refusal()
    {
        var settings = new Dictionary<string, string?>(_channel.BotSettings)
        {
            ["InfoSociale:BotConnector:OpenIdMetadataUrl"] = "http://127.0.0.1:9/.well-known/openidconfiguration",
        };
        await using var host = await RunningHost.StartAsync(_bot, settings);
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/messages")
        {
            Content = new StringContent(JsonSerializer.Serialize(Message("msteams", "conv", "act"), ActivityJson.Options), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", ValidToken());

        using var response = await host.Http.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        _bot.Received.Should().BeEmpty();
    }

    [Fact]
    public async Task A_request_without_a_valid_token_is_refused_before_its_body_is_read()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/messages")
        {
            Content = new StringContent(new string('x', 900 * 1024), Encoding.UTF8, "application/json"),
        };

        using var response = await _host.Http.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_valid_token_with_a_body_over_the_limit_is_413()
    {
        var activity = Message("msteams", "conv", "act") with { Text = new string('x', 300 * 1024) };

        using var response = await PostAsync(ValidToken(), activity);

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        _bot.Received.Should().BeEmpty();
    }

    [Fact]
    public async Task Channel_keys_that_never_answer_give_503_to_every_waiting_request_instead_of_a_queue()
    {
        // Accepts connections and never answers: the metadata fetch can only end by its timeout.
        using var silent = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        silent.Start();
        var port = ((IPEndPoint)silent.LocalEndpoint).Port;
        var settings = new Dictionary<string, string?>(_channel.BotSettings)
        {
            ["InfoSociale:BotConnector:OpenIdMetadataUrl"] = $"http://127.0.0.1:{port}/.well-known/openidconfiguration",
            ["InfoSociale:BotConnector:SigningKeysFetchTimeoutSeconds"] = "1",
        };
        await using var host = await RunningHost.StartAsync(_bot, settings);
        host.Http.Timeout = TimeSpan.FromSeconds(30);

        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(async i =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "api/messages")
            {
                Content = new StringContent(JsonSerializer.Serialize(Message("msteams", "conv", $"act{i}"), ActivityJson.Options), Encoding.UTF8, "application/json"),
            };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", ValidToken());
            using var response = await host.Http.SendAsync(request);
            return (response.StatusCode, Body: await response.Content.ReadAsStringAsync());
        }));

        responses.Should().AllSatisfy(r => r.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable));
        responses.Should().AllSatisfy(r => r.Body.Should().Contain($"127.0.0.1:{port}"));
        responses.Should().Contain(r => r.Body.Contains("could not be read from"));
        _bot.Received.Should().BeEmpty();
    }

    private string ValidToken() => FakeChannel.Sign(_key, SecurityAlgorithms.RsaSha256, serviceUrl: _channel.ServiceUrl);

    private Activity Message(string channelId, string conversationId, string id, string? serviceUrl = null) => new()
    {
        Type = ActivityTypes.Message,
        Id = id,
        ChannelId = channelId,
        ServiceUrl = serviceUrl ?? _channel.ServiceUrl,
        From = new ChannelAccount("user-29", "Alex"),
        Recipient = new ChannelAccount("bot-id", "InfoSociale"),
        Conversation = new ConversationAccount(conversationId),
        Text = "bonjour",
        Locale = "fr-FR",
    };

    private async Task<HttpResponseMessage> PostAsync(string? token, Activity activity)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/messages")
        {
            Content = new StringContent(JsonSerializer.Serialize(activity, ActivityJson.Options), Encoding.UTF8, "application/json"),
        };
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await _host.Http.SendAsync(request);
    }
}
