using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using InfoSociale.Bot.Hosting;
using InfoSociale.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace InfoSociale.Tests.Web;

public sealed class HostingTests
{
    [Fact]
    public async Task The_data_folder_is_created_with_a_secret_only_its_owner_can_read()
    {
        var parent = Directory.CreateTempSubdirectory("infosociale-data-").FullName;
        var dataDirectory = Path.Combine(parent, "data");
        try
        {
            await using (await RunningHost.StartAsync(new EchoBot(), dataDirectory: dataDirectory)) { }
            var secretFile = Path.Combine(dataDirectory, "directline.secret");
            var secret = await File.ReadAllTextAsync(secretFile);

            if (!OperatingSystem.IsWindows()) File.GetUnixFileMode(secretFile).Should().Be(UnixFileMode.UserRead | UnixFileMode.UserWrite);
            secret.Length.Should().BeGreaterThanOrEqualTo(43);
            await using (await RunningHost.StartAsync(new EchoBot(), dataDirectory: dataDirectory)) { }
            (await File.ReadAllTextAsync(secretFile)).Should().Be(secret, "the secret is generated once, on first run");
        }
        finally
        {
            Directory.Delete(parent, recursive: true);
        }
    }

    [Fact]
    public async Task Live_answers_at_once_and_ready_waits_for_every_probe()
    {
        var probe = new SwitchProbe();
        await using var host = await RunningHost.StartAsync(new EchoBot(),
            configureServices: services => services.AddSingleton<IReadinessProbe>(probe));

        (await host.Http.GetAsync("health/live")).StatusCode.Should().Be(HttpStatusCode.OK);
        using var waiting = await host.Http.GetAsync("health/ready");
        waiting.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        (await waiting.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("waiting").EnumerateArray()
            .Select(name => name.GetString()).Should().Contain(nameof(SwitchProbe));

        probe.Ready = true;
        (await ReadyStatusOnceLoadedAsync(host)).Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public void An_unknown_default_territory_stops_the_start_with_a_clear_message()
    {
        using var data = new TempFolder();
        var build = () => WebHost.Build(new ServeOptions
        {
            Urls = "http://127.0.0.1:0",
            DataDirectory = data.File("data"),
            Settings = new Dictionary<string, string?> { ["InfoSociale:DefaultTerritory"] = "atlantide" },
        });

        build.Should().Throw<InvalidOperationException>().WithMessage("*DefaultTerritory is 'atlantide'*knowledge-base/atlantide/territory.yaml*");
    }

    // The other probes (search index, state store) get ready on their own, shortly after start.
    private static async Task<HttpStatusCode> ReadyStatusOnceLoadedAsync(RunningHost host)
    {
        for (var attempt = 0; ; attempt++)
        {
            using var response = await host.Http.GetAsync("health/ready");
            if (response.StatusCode == HttpStatusCode.OK || attempt == 300) return response.StatusCode;
            await Task.Delay(100);
        }
    }

    private sealed class SwitchProbe : IReadinessProbe
    {
        public volatile bool Ready;

        public Task<bool> IsReadyAsync(CancellationToken cancellationToken) => Task.FromResult(Ready);
    }
}
