using InfoSociale.Core;
using Microsoft.Extensions.DependencyInjection;

namespace InfoSociale.Bot.Hosting;

// What `./infosociale serve` (and the tests and the bench) choose when they start the host.
public sealed record ServeOptions
{
    public string Urls { get; init; } = "http://127.0.0.1:5080";

    public string DataDirectory { get; init; } = ProjectPaths.DefaultData;

    // Configuration that wins over appsettings.json and the environment ("InfoSociale:DefaultTerritory" = "paris").
    public IReadOnlyDictionary<string, string?> Settings { get; init; } = new Dictionary<string, string?>();

    // Runs after the default registrations, so a test or the bench can put another IBot in place.
    public Action<IServiceCollection>? ConfigureServices { get; init; }

    public bool QuietLogs { get; init; }
}
