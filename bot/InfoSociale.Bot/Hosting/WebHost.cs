using InfoSociale.Bot.Composition;
using InfoSociale.Bot.Connector;
using InfoSociale.Bot.DirectLine;
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
        options.ConfigureServices?.Invoke(builder.Services);

        var app = builder.Build();
        // Behind the TLS reverse proxy (deploy/nginx.conf, on loopback): stream URLs must say wss:// and the rate limiter
        // must see the resident's address. Only loopback proxies are trusted (the framework's default).
        app.UseForwardedHeaders(new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost });
        app.UseWebSockets();
        app.UseCors();
        app.UseRateLimiter();
        app.UseWebChatPage();
        app.MapHealthEndpoints();
        app.MapDirectLineEndpoints();
        app.MapBotConnectorEndpoints();
        app.MapWebChatEndpoints();
        return app;
    }
}
