using System.Net;

namespace InfoSociale.Tests.Web;

public sealed class SecurityHeadersTests
{
    [Fact]
    public async Task The_chat_page_forbids_inline_and_foreign_scripts_and_foreign_images()
    {
        await using var host = await RunningHost.StartAsync(new EchoBot());

        using var response = await host.Http.GetAsync("");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var policy = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        policy.Should().Contain("script-src 'self'").And.Contain("img-src 'self' data: blob:").And.Contain("frame-ancestors 'self'");
        policy.Split("; ").Should().Contain("script-src 'self'").And.NotContain(d => d.StartsWith("script-src") && d != "script-src 'self'");
        response.Headers.GetValues("X-Content-Type-Options").Should().Equal("nosniff");
        response.Headers.GetValues("Referrer-Policy").Should().Equal("no-referrer");
        response.Headers.Contains("Strict-Transport-Security").Should().BeFalse("the page came over plain HTTP");
    }

    [Fact]
    public async Task Sites_allowed_to_frame_the_chat_are_configured_and_hsts_comes_with_tls_from_a_trusted_proxy()
    {
        await using var host = await RunningHost.StartAsync(new EchoBot(), new Dictionary<string, string?>
        {
            ["InfoSociale:Security:FrameAncestors:0"] = "https://www.ge.ch",
            ["InfoSociale:TrustedProxies:0"] = "127.0.0.1",
        });
        using var request = new HttpRequestMessage(HttpMethod.Get, "health/live");
        request.Headers.Add("X-Forwarded-Proto", "https");

        using var response = await host.Http.SendAsync(request);

        string.Join(";", response.Headers.GetValues("Content-Security-Policy")).Should().Contain("frame-ancestors 'self' https://www.ge.ch");
        response.Headers.GetValues("Strict-Transport-Security").Should().Equal("max-age=31536000");
    }

    [Fact]
    public async Task Posts_faster_than_the_conversation_limit_get_429_with_retry_after()
    {
        await using var host = await RunningHost.StartAsync(new EchoBot(), new Dictionary<string, string?>
        {
            ["InfoSociale:RateLimits:PostsPerMinutePerConversation"] = "3",
        });
        var directLine = new DirectLine.DirectLineCalls(host);
        var first = await directLine.StartAsync();
        var second = await directLine.StartAsync();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            using var response = await directLine.PostMessageAsync(first.Id, first.Token, $"message {i}", $"c{i}");
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                response.Headers.RetryAfter!.Delta.Should().BePositive();
                (await DirectLine.DirectLineCalls.ReadErrorAsync(response)).Code.Should().Be("TooManyRequests");
            }
        }
        using var other = await directLine.PostMessageAsync(second.Id, second.Token, "bonjour");

        statuses.Should().Equal(HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests);
        other.StatusCode.Should().Be(HttpStatusCode.OK, "another conversation has its own count");
    }

    [Fact]
    public async Task Requests_faster_than_the_address_limit_get_429_with_retry_after()
    {
        await using var host = await RunningHost.StartAsync(new EchoBot(), new Dictionary<string, string?>
        {
            ["InfoSociale:RateLimits:RequestsPerMinutePerAddress"] = "5",
        });

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 6; i++)
        {
            using var response = await host.Http.GetAsync("health/live");
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests) response.Headers.RetryAfter.Should().NotBeNull();
        }

        statuses.Should().EndWith(HttpStatusCode.TooManyRequests).And.HaveCount(6);
        statuses.Take(5).Should().AllBeEquivalentTo(HttpStatusCode.OK);
    }
}
