using InfoSociale.Bot.Composition;
using InfoSociale.Bot.Connector;
using InfoSociale.Bot.DirectLine;
using InfoSociale.Bot.Fiche;
using InfoSociale.Bot.Kiosk;
using InfoSociale.Bot.Speech;
using InfoSociale.Bot.WebChat;
using Microsoft.AspNetCore.HttpOverrides;
using Prometheus;

namespace InfoSociale.Bot.Hosting;

// The web host: Direct Line, Bot Connector, the chat page, health. `serve`, the tests and the bench all build it here.
public static class WebHost
{
    public const int MaxRequestBodyBytes = 1024 * 1024;

    private static readonly Dictionary<string, string?> QuietLogLevels = new()
    {
        ["Logging:LogLevel:Default"] = "Warning",
        ["Logging:LogLevel:Microsoft.AspNetCore"] = "Warning",
        ["Logging:LogLevel:Microsoft.Hosting.Lifetime"] = "Warning",
    };

    public static WebApplication Build(ServeOptions options)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(WebHost).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
            WebRootPath = Path.Combine(AppContext.BaseDirectory, "wwwroot"),
        });
        if (options.QuietLogs) builder.Configuration.AddInMemoryCollection(QuietLogLevels);
        builder.Configuration.AddInMemoryCollection(options.Settings);
        // One JSON object per line, for a log collector. Messages carry ids, counts and reasons, never what a
        // resident typed; request URLs (which may carry a stream token) are logged by ASP.NET only below Warning.
        builder.Logging.ClearProviders();
        builder.Logging.AddJsonConsole(json =>
        {
            json.UseUtcTimestamp = true;
            json.TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z' ";
        });
        builder.WebHost.UseUrls(options.Urls);
        // A backstop: each endpoint reading a body sets its own, smaller limit (RequestJson).
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = MaxRequestBodyBytes);

        ServerMetrics.StartExport();

        var data = new DataFolder(options.DataDirectory);
        builder.Services.AddChannels(builder.Configuration, data);
        builder.Services.AddConversationServices(builder.Configuration);
        builder.Services.AddKiosk(builder.Configuration);
        builder.Services.Configure<ForwardedHeadersOptions>(forwarded => TrustedProxies.Configure(forwarded, builder.Configuration));
        options.ConfigureServices?.Invoke(builder.Services);

        var app = builder.Build();
        app.UseForwardedHeaders();
        app.UseSecurityHeaders();
        app.UseStorageFailureAnswers();
        app.UseStatusCodePages(EmptyErrorBodies.WriteAsync);
        app.UseWebSockets();
        app.UseCors();
        app.UseRateLimiter();
        app.UseWebChatPage();
        app.UseKioskPage();
        app.MapHealthEndpoints();
        app.MapMetrics("/metrics");
        app.MapDirectLineEndpoints();
        app.MapBotConnectorEndpoints();
        app.MapWebChatEndpoints();
        app.MapKioskEndpoints();
        app.MapFicheEndpoints();
        app.MapSpeechEndpoints();
        return app;
    }
}
