namespace InfoSociale.Core.Handoff;

// A closed ticket keeps the resident's contact, summary and transcript `days` days, then only what counts it.
public sealed class TicketRetention(ITicketStore store, TimeProvider clock, int days)
{
    public const int DefaultDays = 90;

    public int Days { get; } = days >= 1
        ? days
        : throw new ArgumentOutOfRangeException(nameof(days), $"Closed tickets must be kept at least one day (got {days}).");

    public Task<int> PurgeAsync(CancellationToken cancellationToken = default) =>
        store.PurgeClosedBeforeAsync(clock.GetUtcNow().AddDays(-Days), cancellationToken);
}
