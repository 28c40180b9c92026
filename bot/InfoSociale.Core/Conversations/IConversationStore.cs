namespace InfoSociale.Core.Conversations;

// Where each conversation's state lives between turns: one JSON document per key, guarded by an ETag.
// A write names the ETag it read: null = "the key must not exist yet", "*" = unconditional.
// Any other mismatch throws ConcurrencyConflictException; the new ETag is returned.
public interface IConversationStore
{
    Task<StoredState> ReadAsync(string key, CancellationToken cancellationToken = default);

    Task<string> WriteAsync(string key, string state, string? expectedETag, CancellationToken cancellationToken = default);

    Task DeleteAsync(string key, CancellationToken cancellationToken = default);

    // Retention: deletes every state last written before the cutoff; returns how many went.
    Task<int> PurgeOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken = default);
}

// A state document as stored; an unknown key reads as Empty (no JSON, no ETag).
public sealed record StoredState(string? Json, string? ETag)
{
    public static StoredState Empty { get; } = new(null, null);

    public bool Exists => Json is not null;
}

public sealed class ConcurrencyConflictException(string key)
    : Exception($"The state of '{key}' was changed by another turn since it was read.")
{
    public string Key { get; } = key;
}

public static class ETags
{
    public const string Any = "*";
}
