using System.Net;
using System.Net.Http.Headers;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using InfoSociale.Bot.DirectLine;
using InfoSociale.Tests.Web;

namespace InfoSociale.Tests.DirectLine;

// Every field and body a client sends has a bound; what passes it gets a 4xx in the Direct Line error shape
// and nothing is stored.
public sealed class BoundedInputTests : IAsyncLifetime
{
    private RunningHost _host = null!;
    private DirectLineCalls _directLine = null!;

    public async Task InitializeAsync()
    {
        _host = await RunningHost.StartAsync(new EchoBot(), new Dictionary<string, string?>
        {
            ["InfoSociale:DirectLine:TokenRequestsPerMinute"] = "3",
        });
        _directLine = new DirectLineCalls(_host);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_body_over_the_activity_limit_is_413_and_nothing_is_stored()
    {
        var started = await _directLine.StartAsync();
        var huge = new string('a', 900 * 1024); // under Kestrel's 1 MB backstop, so the answer is read before the connection closes

        using var response = await _directLine.PostMessageAsync(started.Id, started.Token, huge);

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        (await DirectLineCalls.ReadErrorAsync(response)).Code.Should().Be("RequestTooLarge");
        (await UserActivitiesAsync(started)).Should().BeEmpty();
    }

    [Fact]
    public async Task A_chunked_body_without_length_is_cut_at_the_limit_too()
    {
        var started = await _directLine.StartAsync();
        var body = JsonSerializer.Serialize(new { type = "message", from = new { id = "user-1" }, text = new string('a', 200_000) });
        using var request = new HttpRequestMessage(HttpMethod.Post, $"v3/directline/conversations/{started.Id}/activities")
        {
            Content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(body))),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.TransferEncodingChunked = true;
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", started.Token);

        using var response = await _host.Http.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
    }

    public static TheoryData<string, string> OversizedFields => new()
    {
        { JsonSerializer.Serialize(new { type = "message", from = new { id = "u" }, text = new string('a', ClientInput.MaxTextLength + 1) }), "'text' is longer than" },
        { JsonSerializer.Serialize(new { type = "message", from = new { id = new string('u', 200) }, text = "x" }), "'from.id' must be at most" },
        { JsonSerializer.Serialize(new { type = "message", from = new { id = "u\u0007" }, text = "x" }), "'from.id' must be at most" },
        { JsonSerializer.Serialize(new { type = "message", from = new { id = "u" }, text = "x", locale = "<script>alert(1)</script>" }), "'locale' must be a BCP 47" },
        { JsonSerializer.Serialize(new { type = "message", from = new { id = "u" }, text = "x", channelData = new { blob = new string('b', 5000) } }), "'channelData' takes more than" },
        { JsonSerializer.Serialize(new { type = "message", from = new { id = "u" }, text = "x",
            attachments = Enumerable.Range(0, 5).Select(i => new { contentType = "text/plain", content = "x" }) }), "An activity carries at most 4 attachments" },
        { JsonSerializer.Serialize(new { type = "message", from = new { id = "u" }, text = "x", other = new string('o', 5000) }), "The activity's other fields take more than" },
    };

    [Theory]
    [MemberData(nameof(OversizedFields))]
    public async Task A_field_over_its_limit_is_400_with_the_field_named(string activity, string messageStart)
    {
        var started = await _directLine.StartAsync();

        using var response = await _directLine.PostAsync(started.Id, started.Token, activity);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await DirectLineCalls.ReadErrorAsync(response)).Message.Should().StartWith(messageStart);
        (await UserActivitiesAsync(started)).Should().BeEmpty();
    }

    [Theory]
    [InlineData("trace")]
    [InlineData("invoke")]
    [InlineData("conversationUpdate")]
    [InlineData("messageReaction")]
    [InlineData("whatever")]
    public async Task Activity_types_a_client_does_not_send_are_refused(string type)
    {
        var started = await _directLine.StartAsync();

        using var response = await _directLine.PostAsync(started.Id, started.Token, JsonSerializer.Serialize(new { type, from = new { id = "u" } }));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await DirectLineCalls.ReadErrorAsync(response)).Message.Should().StartWith($"Activities of type '{type}' are not accepted");
        (await UserActivitiesAsync(started)).Should().BeEmpty();
    }

    [Fact]
    public async Task Deeply_nested_json_is_400()
    {
        var started = await _directLine.StartAsync();
        var nested = "{\"type\":\"message\",\"from\":{\"id\":\"u\"},\"value\":" + string.Concat(Enumerable.Repeat("[", 200)) + string.Concat(Enumerable.Repeat("]", 200)) + "}";

        using var response = await _directLine.PostAsync(started.Id, started.Token, nested);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await DirectLineCalls.ReadErrorAsync(response)).Message.Should().StartWith("The body is not valid JSON for this call");
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("multipart/form-data; boundary=x")]
    public async Task A_page_token_asked_with_a_body_that_is_not_json_is_415(string contentType)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/directline/token") { Content = new StringContent("{\"territory\":\"ge\"}") };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);

        using var response = await _host.Http.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.UnsupportedMediaType);
        (await DirectLineCalls.ReadErrorAsync(response)).Code.Should().Be("UnsupportedMediaType");
    }

    [Fact]
    public async Task A_text_plain_activity_is_415()
    {
        var started = await _directLine.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"v3/directline/conversations/{started.Id}/activities")
        {
            Content = new StringContent("{\"type\":\"message\",\"from\":{\"id\":\"u\"},\"text\":\"x\"}", Encoding.UTF8, "text/plain"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", started.Token);

        using var response = await _host.Http.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.UnsupportedMediaType);
    }

    [Theory]
    [InlineData("fr-FR", HttpStatusCode.OK)]
    [InlineData("fr-CH", HttpStatusCode.OK)]
    [InlineData("de-Latn-CH", HttpStatusCode.OK)]
    [InlineData("fr_FR", HttpStatusCode.BadRequest)]
    [InlineData("français", HttpStatusCode.BadRequest)]
    [InlineData("fr-FR-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", HttpStatusCode.BadRequest)]
    public async Task The_page_token_endpoint_takes_only_a_language_tag_as_locale(string locale, HttpStatusCode expected)
    {
        using var response = await _directLine.SendAsync(HttpMethod.Post, "api/directline/token", null, JsonSerializer.Serialize(new { locale }));

        response.StatusCode.Should().Be(expected);
        if (expected == HttpStatusCode.BadRequest)
            (await DirectLineCalls.ReadErrorAsync(response)).Message.Should().Be("'locale' must be a BCP 47 language tag such as \"fr-FR\" or \"fr-CH\".");
    }

    [Fact]
    public async Task A_huge_locale_is_413_before_anything_is_stored()
    {
        var body = JsonSerializer.Serialize(new { locale = new string('a', 900 * 1024) });

        using var response = await _directLine.SendAsync(HttpMethod.Post, "api/directline/token", null, body);

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task A_token_in_the_query_string_is_not_accepted_on_rest_calls()
    {
        var started = await _directLine.StartAsync();

        using var response = await _directLine.SendAsync(HttpMethod.Get,
            $"v3/directline/conversations/{started.Id}/activities?t={Uri.EscapeDataString(started.Token)}", null, null);

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_conversation_opens_at_most_four_streams()
    {
        var started = await _directLine.StartAsync();
        var open = new List<ClientWebSocket>();
        try
        {
            for (var i = 0; i < 4; i++)
            {
                var socket = new ClientWebSocket();
                await socket.ConnectAsync(new Uri(started.StreamUrl), CancellationToken.None);
                open.Add(socket);
            }
            using var fifth = new ClientWebSocket { Options = { CollectHttpResponseDetails = true } };

            var connect = () => fifth.ConnectAsync(new Uri(started.StreamUrl), CancellationToken.None);

            await connect.Should().ThrowAsync<WebSocketException>();
            fifth.HttpStatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        }
        finally
        {
            foreach (var socket in open) socket.Dispose();
        }
    }

    [Fact]
    public async Task X_forwarded_for_from_an_untrusted_address_does_not_escape_the_rate_limit()
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "api/directline/token");
            request.Headers.Add("X-Forwarded-For", $"203.0.113.{i + 1}");
            using var response = await _host.Http.SendAsync(request);
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests) response.Headers.RetryAfter.Should().NotBeNull();
        }

        statuses.Should().Equal(HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests);
    }

    // What the resident's side posted and the server stored (the bot's welcome does not count).
    private async Task<IReadOnlyList<JsonElement>> UserActivitiesAsync(StartedConversation started) =>
        (await _directLine.GetActivitiesAsync(started.Id, started.Token)).Activities
            .Where(a => a.GetProperty("from").TryGetProperty("role", out var role) && role.GetString() == "user").ToList();
}
