using InfoSociale.Bot.Connector;
using InfoSociale.Bot.DirectLine;
using InfoSociale.Bot.Hosting;
using InfoSociale.Bot.WebChat;
using InfoSociale.Core.Handoff;

namespace InfoSociale.Bot.Composition;

// Every service of the channels, registered explicitly, in one place.
public static class ServiceRegistration
{
    public static IServiceCollection AddChannels(this IServiceCollection services, IConfiguration configuration, DataFolder data)
    {
        var settings = configuration.GetSection(DirectLineSettings.Section).Get<DirectLineSettings>() ?? new DirectLineSettings();
        var territories = new TerritoryCatalogue(configuration["InfoSociale:DefaultTerritory"] ?? "ge");
        if (!territories.IsKnown(territories.Default))
            throw new InvalidOperationException($"InfoSociale:DefaultTerritory is '{territories.Default}', which has no knowledge-base/{territories.Default}/territory.yaml.");

        services.AddSingleton(data);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(territories);
        services.AddSingleton(settings);
        services.ConfigureHttpJsonOptions(json => json.SerializerOptions.DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull);

        services.AddSingleton(new DirectLineBotAccount(settings.BotId, settings.BotName));
        services.AddSingleton(provider => new DirectLineTokens(data.DirectLineSecret, TimeSpan.FromMinutes(settings.TokenLifetimeMinutes), provider.GetRequiredService<TimeProvider>()));
        services.AddSingleton(_ => new DirectLineStore(data.File("directline.db")));
        services.AddSingleton<DirectLineWriter>();
        services.AddHostedService(provider => provider.GetRequiredService<DirectLineWriter>());
        services.AddSingleton<DirectLineConversations>();
        services.AddHostedService<DirectLineRetention>();
        services.AddSingleton<DirectLineTurns>();
        services.AddSingleton<IConversationTranscripts, DirectLineTranscripts>();
        services.AddSingleton(new AllowedOrigins(settings.AllowedOrigins));
        services.AddSingleton<IReadinessProbe, DirectLineStoreProbe>();

        services.AddCors(cors => cors.AddPolicy(DirectLineEndpoints.CorsPolicy, policy => policy
            .WithOrigins(settings.AllowedOrigins)
            .WithHeaders("authorization", "content-type", "x-ms-bot-agent")
            .WithMethods("GET", "POST", "OPTIONS")));
        services.AddRateLimits(configuration.GetSection(RateLimitSettings.Section).Get<RateLimitSettings>() ?? new RateLimitSettings(),
            settings, WebChatEndpoints.TokenRateLimit);
        services.AddSingleton(new SecurityHeaders(configuration));
        return services.AddBotConnector(configuration);
    }

    private static IServiceCollection AddBotConnector(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = configuration.GetSection(BotConnectorSettings.Section).Get<BotConnectorSettings>() ?? new BotConnectorSettings();
        services.AddSingleton(settings);
        services.AddHttpClient(ChannelSigningKeys.HttpClientName);
        services.AddHttpClient(BotTokenProvider.HttpClientName);
        services.AddHttpClient(ConnectorClient.HttpClientName);
        services.AddSingleton<ChannelSigningKeys>();
        services.AddSingleton<ChannelTokenValidator>();
        services.AddSingleton<BotTokenProvider>();
        services.AddSingleton<TrustedServiceUrls>();
        services.AddSingleton<ConnectorClient>();
        return services;
    }
}
