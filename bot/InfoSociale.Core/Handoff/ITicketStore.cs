namespace InfoSociale.Core.Handoff;

public sealed record TicketFilter(string? Team = null, TicketStatus? Status = null);

// Where handed-over requests are kept (SQLite by default, PostgreSQL when the state provider is postgres).
public interface ITicketStore
{
    // Stores the ticket under a fresh reference of its territory (the Ref given is ignored) and returns it as stored.
    Task<Ticket> CreateAsync(Ticket ticket, CancellationToken cancellationToken = default);

    Task<Ticket?> FindAsync(string reference, CancellationToken cancellationToken = default);

    // Newest first.
    Task<IReadOnlyList<Ticket>> ListAsync(TicketFilter filter, CancellationToken cancellationToken = default);

    Task UpdateAsync(Ticket ticket, CancellationToken cancellationToken = default);

    // A resident who shared nothing: only the day and the territory are counted.
    Task CountRefusalAsync(string territory, DateOnly day, CancellationToken cancellationToken = default);

    Task<int> RefusalsAsync(string territory, CancellationToken cancellationToken = default);

    // Drops the summary, contact and transcript of tickets closed before the cutoff; returns how many.
    Task<int> PurgeClosedBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken = default);
}
