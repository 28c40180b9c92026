using InfoSociale.Core.Assistant;

namespace InfoSociale.Bot.DirectLine;

// The Direct Line log holds what residents typed, so it follows the retention the privacy notice announces: at start
// and once a day, conversations untouched for longer are deleted, from the file and from memory.
public sealed class DirectLineRetention(
    DirectLineStore store, DirectLineConversations conversations, AssistantSettings settings, TimeProvider clock, ILogger<DirectLineRetention> log)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var daily = new PeriodicTimer(TimeSpan.FromDays(1), clock);
        do
        {
            var purged = store.PurgeOlderThan(clock.GetUtcNow().AddDays(-settings.RetentionDays));
            conversations.Forget(purged);
            log.LogInformation("Retention: deleted {Count} Direct Line conversation(s) untouched for more than {Days} days.", purged.Count, settings.RetentionDays);
        }
        while (await daily.WaitForNextTickAsync(stoppingToken));
    }
}
