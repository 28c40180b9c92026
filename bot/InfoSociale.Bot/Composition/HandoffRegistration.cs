using InfoSociale.Bot.Hosting;
using InfoSociale.Core;
using InfoSociale.Core.Handoff;
using InfoSociale.Core.KnowledgeBase;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace InfoSociale.Bot.Composition;

// Handing residents to teams: the teams of knowledge-base/equipes.yaml, the ticket store (beside the conversation state:
// <data>/tickets.db, or the same PostgreSQL database), the channel's transcript, who is online, and the retention of
// closed tickets' personal data.
//   InfoSociale:Tickets:RetentionDays   days after closing before a ticket's contact, summary and transcript are purged (default 90)
//   InfoSociale:Handoff:InitiateEvent   true: each new ticket also sends a handoff.initiate event to the channel (default false)
public static class HandoffRegistration
{
    public const string TicketsSection = "InfoSociale:Tickets";
    public const string HandoffSection = "InfoSociale:Handoff";

    public static IServiceCollection AddHandoff(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton<IConversationTranscripts, NoTranscripts>();
        services.TryAddSingleton<ITeamPresence, NobodyOnline>();
        services.AddSingleton(provider => TeamsLoader.Load(ProjectPaths.KnowledgeBase,
            TeamReferences.Of(provider.GetRequiredService<EntryCatalog>(), ProjectPaths.KnowledgeBase)));
        services.AddSingleton<ITicketStore>(provider => ConversationServices.UsesPostgres(configuration)
            ? SqlTicketStore.OpenPostgres(ConversationServices.PostgresDataSource(configuration))
            : SqlTicketStore.OpenSqlite(provider.GetRequiredService<DataFolder>().File(SqlTicketStore.FileName)));
        services.AddSingleton(provider => new HandoffServices(
            provider.GetRequiredService<TeamDirectory>(),
            provider.GetRequiredService<ITicketStore>(),
            provider.GetRequiredService<IConversationTranscripts>(),
            provider.GetRequiredService<ITeamPresence>())
        {
            InitiateEvent = configuration.GetValue($"{HandoffSection}:InitiateEvent", false),
        });
        services.AddSingleton(provider => new TicketRetention(provider.GetRequiredService<ITicketStore>(), provider.GetRequiredService<TimeProvider>(),
            configuration.GetValue($"{TicketsSection}:RetentionDays", TicketRetention.DefaultDays)));
        services.AddHostedService<TicketHousekeeping>();
        return services;
    }
}

// Purges closed tickets' personal data at start and once a day.
public sealed class TicketHousekeeping(TicketRetention retention, TimeProvider clock, ILogger<TicketHousekeeping> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var daily = new PeriodicTimer(TimeSpan.FromDays(1), clock);
        do
        {
            var purged = await retention.PurgeAsync(stoppingToken);
            log.LogInformation("Retention: purged the personal data of {Count} ticket(s) closed more than {Days} days ago.", purged, retention.Days);
        }
        while (await daily.WaitForNextTickAsync(stoppingToken));
    }
}
