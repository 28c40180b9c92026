using InfoSociale.Core;
using InfoSociale.Core.Conversations;
using InfoSociale.Core.Search;

namespace InfoSociale.Bot.Composition;

// At start, before the host answers: loads the search index (building it when missing or stale). Then purges
// expired conversations at once and once a day, so the retention the privacy notice announces is real.
public sealed class ConversationHousekeeping(
    SearchIndex searchIndex, ConversationRetention retention, TimeProvider clock, ILogger<ConversationHousekeeping> log)
    : BackgroundService
{
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await Task.Run(() => searchIndex.Search, cancellationToken);
        }
        catch (Exception error) when (error is IOException or InvalidOperationException or DataFileException or SearchIndexException)
        {
            // The host still serves (health/ready says why it is not ready) rather than refusing to start.
            log.LogError("The search index could not be loaded: {Reason}", error.Message);
        }
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var daily = new PeriodicTimer(TimeSpan.FromDays(1), clock);
        do
        {
            var purged = await retention.PurgeAsync(stoppingToken);
            log.LogInformation("Retention: deleted {Count} conversation(s) untouched for more than {Days} days.", purged, retention.Days);
        }
        while (await daily.WaitForNextTickAsync(stoppingToken));
    }
}
