using System.Net;
using InfoSociale.Tests.TestSupport;
using InfoSociale.Tests.Web;

namespace InfoSociale.Tests.DirectLine;

// When the disk is full the server says so: 503 with a body and not ready, instead of an empty 500 while ready.
public sealed class StorageFailureTests
{
    [RootFact]
    public async Task With_the_disk_full_new_conversations_get_503_with_a_body_and_readiness_turns_503()
    {
        using var disk = new SmallDisk(megabytes: 48);
        await using var host = await RunningHost.StartAsync(new EchoBot(), dataDirectory: disk.Path);
        var directLine = new DirectLineCalls(host);
        (await host.Http.GetAsync("health/ready")).StatusCode.Should().Be(HttpStatusCode.OK);

        disk.Fill();
        using var ready = await host.Http.GetAsync("health/ready");
        using var started = await directLine.SendAsync(HttpMethod.Post, "v3/directline/conversations", host.Secret, "{}");

        ready.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        (await ready.Content.ReadAsStringAsync()).Should().Contain("DirectLineStoreProbe");
        started.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        var error = await DirectLineCalls.ReadErrorAsync(started);
        error.Code.Should().Be("StorageUnavailable");
        started.Headers.RetryAfter.Should().NotBeNull();
    }

    [Fact]
    public async Task With_the_database_file_removed_posts_get_503_and_readiness_turns_503()
    {
        await using var host = await RunningHost.StartAsync(new EchoBot());
        var directLine = new DirectLineCalls(host);
        var conversation = await directLine.StartAsync();

        File.Delete(Path.Combine(host.DataDirectory, "directline.db"));
        using var posted = await directLine.PostMessageAsync(conversation.Id, conversation.Token, "bonjour");
        using var ready = await host.Http.GetAsync("health/ready");

        posted.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        (await DirectLineCalls.ReadErrorAsync(posted)).Code.Should().Be("StorageUnavailable");
        ready.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
    }
}
