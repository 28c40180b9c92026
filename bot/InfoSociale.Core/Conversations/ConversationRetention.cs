namespace InfoSociale.Core.Conversations;

// Makes the privacy notice true: a conversation's state is deleted once it has not changed for `days` days.
public sealed class ConversationRetention(IConversationStore store, TimeProvider clock, int days)
{
    public int Days { get; } = days >= 1
        ? days
        : throw new ArgumentOutOfRangeException(nameof(days), $"Conversations must be kept at least one day (got {days}).");

    public Task<int> PurgeAsync(CancellationToken cancellationToken = default) =>
        store.PurgeOlderThanAsync(clock.GetUtcNow().AddDays(-Days), cancellationToken);
}
