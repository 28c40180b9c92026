using System.Net;
using System.Net.Http.Headers;
using InfoSociale.Tests.Web;

namespace InfoSociale.Tests.DirectLine;

// Bad requests get a 4xx with the Direct Line error shape and a message saying what to fix; nothing is stored.
public sealed class DirectLineRequestTests : IAsyncLifetime
{
    private RunningHost _host = null!;
    private DirectLineCalls _directLine = null!;

    public async Task InitializeAsync()
    {
        _host = await RunningHost.StartAsync(new EchoBot(), new Dictionary<string, string?>
        {
            ["InfoSociale:DirectLine:AllowedOrigins:0"] = "https://www.ville.example",
        });
        _directLine = new DirectLineCalls(_host);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData("{\"type\":\"message\",\"text\":", "The body is not valid JSON for this call")]
    [InlineData("{\"type\":\"message\",\"text\":42}", "The body is not valid JSON for this call (at $.text")]
    [InlineData("{\"type\":\"\",\"from\":{\"id\":\"u\"}}", "The activity needs a 'type' (for example \"message\").")]
    [InlineData("", "The body must be an activity")]
    public async Task A_malformed_activity_is_400_with_a_clear_message(string body, string messageStart)
    {
        var started = await _directLine.StartAsync(userId: null);

        using var response = await _directLine.PostAsync(started.Id, started.Token, body);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var error = await DirectLineCalls.ReadErrorAsync(response);
        error.Code.Should().Be("BadArgument");
        error.Message.Should().StartWith(messageStart);
        (await _directLine.GetActivitiesAsync(started.Id, started.Token)).Activities.Should().BeEmpty();
    }

    [Fact]
    public async Task An_activity_without_any_user_id_is_400()
    {
        var started = await _directLine.StartAsync(userId: null);

        using var response = await _directLine.PostAsync(started.Id, started.Token, "{\"type\":\"message\",\"text\":\"bonjour\"}");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await DirectLineCalls.ReadErrorAsync(response)).Message.Should().Be("The activity needs 'from.id' (the user's id).");
    }

    [Fact]
    public async Task A_bad_watermark_is_400()
    {
        var started = await _directLine.StartAsync();

        using var response = await _directLine.SendAsync(HttpMethod.Get, $"v3/directline/conversations/{started.Id}/activities?watermark=abc", started.Token, null);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await DirectLineCalls.ReadErrorAsync(response)).Message.Should().StartWith("The watermark must be");
    }

    [Fact]
    public async Task An_upload_is_refused_with_the_direct_line_error_shape()
    {
        var started = await _directLine.StartAsync();
        using var form = new MultipartFormDataContent
        {
            { new StringContent("{\"type\":\"message\"}"), "activity" },
            { new ByteArrayContent([1, 2, 3]), "file", "photo.png" },
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, $"v3/directline/conversations/{started.Id}/upload?userId=user-1") { Content = form };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", started.Token);

        using var response = await _host.Http.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.UnsupportedMediaType);
        var error = await DirectLineCalls.ReadErrorAsync(response);
        error.Code.Should().Be("UploadNotSupported");
        error.Message.Should().Contain("does not accept files");
    }

    [Fact]
    public async Task Cors_preflight_from_an_allowed_origin_allows_the_direct_line_headers()
    {
        using var response = await PreflightAsync("https://www.ville.example");

        response.Headers.GetValues("Access-Control-Allow-Origin").Should().Equal("https://www.ville.example");
        string.Join(",", response.Headers.GetValues("Access-Control-Allow-Headers")).ToLowerInvariant()
            .Should().Contain("authorization").And.Contain("content-type").And.Contain("x-ms-bot-agent");
    }

    [Fact]
    public async Task Cors_preflight_from_another_origin_gets_no_cors_headers()
    {
        using var response = await PreflightAsync("https://evil.example");

        response.Headers.Contains("Access-Control-Allow-Origin").Should().BeFalse();
    }

    private async Task<HttpResponseMessage> PreflightAsync(string origin)
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, "v3/directline/conversations/x/activities");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "authorization,content-type,x-ms-bot-agent");
        return await _host.Http.SendAsync(request);
    }
}
