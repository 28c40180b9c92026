using InfoSociale.Bot.Hosting;
using InfoSociale.Core.Conversations;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace InfoSociale.Tests.Web;

// The real host on 127.0.0.1 with a free port and a temporary data folder; real HTTP, real SQLite.
public sealed class RunningHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly bool _ownsData;

    private RunningHost(WebApplication app, string dataDirectory, bool ownsData)
    {
        _app = app;
        _ownsData = ownsData;
        DataDirectory = dataDirectory;
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address.TrimEnd('/') + "/");
        Http = new HttpClient { BaseAddress = BaseAddress };
    }

    public Uri BaseAddress { get; }

    public HttpClient Http { get; }

    public string DataDirectory { get; }

    public string Secret => File.ReadAllText(Path.Combine(DataDirectory, "directline.secret")).Trim();

    public IServiceProvider Services => _app.Services;

    // With a bot, that bot answers on every channel; without, the real assistant does (knowledge base, search, dialogs).
    public static async Task<RunningHost> StartAsync(
        IBot? bot, IReadOnlyDictionary<string, string?>? settings = null, string? dataDirectory = null,
        Action<IServiceCollection>? configureServices = null)
    {
        var ownsData = dataDirectory is null;
        dataDirectory ??= Directory.CreateTempSubdirectory("infosociale-host-").FullName;
        var app = WebHost.Build(new ServeOptions
        {
            Urls = "http://127.0.0.1:0",
            DataDirectory = dataDirectory,
            Settings = settings ?? new Dictionary<string, string?>(),
            QuietLogs = true,
            ConfigureServices = services =>
            {
                if (bot is not null) services.Replace(ServiceDescriptor.Singleton(bot));
                configureServices?.Invoke(services);
            },
        });
        await app.StartAsync();
        return new RunningHost(app, dataDirectory, ownsData);
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        if (_ownsData) Directory.Delete(DataDirectory, recursive: true);
    }
}
