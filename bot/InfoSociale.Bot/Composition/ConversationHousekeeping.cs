using InfoSociale.Core;
using InfoSociale.Core.Conversations;
using InfoSociale.Core.Search;

namespace InfoSociale.Bot.Composition;

// At start: loads the search index (building it when missing) and purges expired conversations;
// then purges again once a day, so the privacy notice's retention is real.
public sealed class ConversationHousekeeping(
    SearchIndex searchIndex, ConversationRetention retention, TimeProvider clock, ILogger<ConversationHousekeeping> log)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield(); // let the host finish starting; the index may take a moment to build
        try
        {
            _ = searchIndex.Search;
        }
        catch (Exception error) when (error is IOException or InvalidOperationException or DataFileException or SearchIndexException)
        {
            log.LogError("The search index could not be loaded: {Reason}", error.Message);
        }

        using var daily = new PeriodicTimer(TimeSpan.FromDays(1), clock);
        do
        {
            var purged = await retention.PurgeAsync(stoppingToken);
            log.LogInformation("Retention: deleted {Count} conversation(s) untouched for more than {Days} days.", purged, retention.Days);
        }
        while (await daily.WaitForNextTickAsync(stoppingToken));
    }
}
