using InfoSociale.Bot.Composition;
using InfoSociale.Bot.Connector;
using InfoSociale.Bot.DirectLine;
using InfoSociale.Bot.Fiche;
using InfoSociale.Bot.Kiosk;
using InfoSociale.Bot.Speech;
using InfoSociale.Bot.WebChat;
using Microsoft.AspNetCore.HttpOverrides;

namespace InfoSociale.Bot.Hosting;

// The web host: Direct Line, Bot Connector, the chat page, health. `serve`, the tests and the bench all build it here.
public static class WebHost
{
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
        builder.WebHost.UseUrls(options.Urls);

        var data = new DataFolder(options.DataDirectory);
        builder.Services.AddChannels(builder.Configuration, data);
        builder.Services.AddConversationServices(builder.Configuration);
        builder.Services.AddKiosk(builder.Configuration);
        // Behind the reverse proxy (deploy/nginx.conf, on loopback): the resident's address for the rate limiter,
        // and https so that stream URLs are wss://.
        builder.Services.Configure<ForwardedHeadersOptions>(forwarded =>
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto);
        options.ConfigureServices?.Invoke(builder.Services);

        var app = builder.Build();
        app.UseForwardedHeaders();
        app.UseWebSockets();
        app.UseCors();
        app.UseRateLimiter();
        app.UseWebChatPage();
        app.UseKioskPage();
        app.MapHealthEndpoints();
        app.MapDirectLineEndpoints();
        app.MapBotConnectorEndpoints();
        app.MapWebChatEndpoints();
        app.MapKioskEndpoints();
        app.MapFicheEndpoints();
        app.MapSpeechEndpoints();
        return app;
    }
}
