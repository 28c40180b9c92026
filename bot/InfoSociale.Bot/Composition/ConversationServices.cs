using InfoSociale.Bot.Hosting;
using InfoSociale.Core;
using InfoSociale.Core.Assistant;
using InfoSociale.Core.Conversations;
using InfoSociale.Core.Dialogs;
using InfoSociale.Core.KnowledgeBase;
using InfoSociale.Core.Feedback;
using InfoSociale.Core.Handoff;
using InfoSociale.Core.Orientation;
using InfoSociale.Core.Search;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;

namespace InfoSociale.Bot.Composition;

// The assistant behind every channel: conversation state (SQLite by default, PostgreSQL by configuration),
// its retention, the message catalogue, the knowledge base and its search index, and the bot itself.
//   InfoSociale:State:Provider          sqlite (default, <data>/conversations.db) | postgres
//   InfoSociale:State:ConnectionString  the PostgreSQL connection string (postgres only)
//   InfoSociale:State:RetentionDays     days a conversation's answers are kept after its last turn (default 30)
//   InfoSociale:DefaultTerritory        territory of conversations that carry none (default ge)
//   InfoSociale:Tickets:RetentionDays   days a closed ticket keeps the resident's data (default 90); see HandoffServices
// Needs a DataFolder registered (the web host's AddChannels, or the chat verb).
public static class ConversationServices
{
    public const string StateSection = "InfoSociale:State";

    public static IServiceCollection AddConversationServices(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = new AssistantSettings(
            configuration["InfoSociale:DefaultTerritory"] ?? "ge",
            configuration.GetValue($"{StateSection}:RetentionDays", 30));

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(settings);
        services.AddSingleton(_ => Messages.Load());
        services.AddSingleton(_ => KnowledgeBaseLoader.Load(ProjectPaths.KnowledgeBase).Catalog);
        services.AddSingleton(provider => new SearchIndex(ProjectPaths.KnowledgeBase, provider.GetRequiredService<DataFolder>().File("kb")));
        services.AddSingleton<IKnowledgeSearch>(provider => provider.GetRequiredService<SearchIndex>().Search);
        services.AddSingleton(provider => OpenStore(configuration, provider));
        services.AddSingleton(provider => new ConversationRetention(
            provider.GetRequiredService<IConversationStore>(), provider.GetRequiredService<TimeProvider>(), settings.RetentionDays));
        services.AddSingleton<IBot>(provider => new InfoSocialeBot(
            provider.GetRequiredService<IConversationStore>(),
            provider.GetRequiredService<IKnowledgeSearch>(),
            provider.GetRequiredService<EntryCatalog>(),
            provider.GetRequiredService<Messages>(),
            settings,
            OrientationServices.Load(ProjectPaths.KnowledgeBase, provider.GetRequiredService<EntryCatalog>(), provider.GetRequiredService<TimeProvider>(),
                SqliteFeedbackStore.Open(provider.GetRequiredService<DataFolder>().File(SqliteFeedbackStore.FileName))),
            provider.GetRequiredService<HandoffServices>()));
        services.AddHandoff(configuration);

        services.AddHostedService<ConversationHousekeeping>();
        services.AddSingleton<IReadinessProbe, SearchIndexProbe>();
        services.AddSingleton<IReadinessProbe, ConversationStoreProbe>();
        return services;
    }

    internal static NpgsqlDataSource PostgresDataSource(IConfiguration configuration)
    {
        var connectionString = configuration[$"{StateSection}:ConnectionString"];
        if (string.IsNullOrWhiteSpace(connectionString))
            throw new InvalidOperationException($"{StateSection}:Provider is postgres but {StateSection}:ConnectionString is not set.");
        return NpgsqlDataSource.Create(connectionString);
    }

    internal static bool UsesPostgres(IConfiguration configuration) =>
        (configuration[$"{StateSection}:Provider"] ?? "sqlite").ToLowerInvariant() switch
        {
            "sqlite" => false,
            "postgres" => true,
            var kind => throw new InvalidOperationException($"{StateSection}:Provider is '{kind}'; use sqlite or postgres."),
        };

    private static IConversationStore OpenStore(IConfiguration configuration, IServiceProvider services)
    {
        var clock = services.GetRequiredService<TimeProvider>();
        return UsesPostgres(configuration)
            ? PostgresConversationStore.Open(PostgresDataSource(configuration), clock)
            : SqliteConversationStore.Open(services.GetRequiredService<DataFolder>().File(SqliteConversationStore.FileName), clock);
    }
}
