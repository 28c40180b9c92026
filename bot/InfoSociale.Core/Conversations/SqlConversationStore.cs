using System.Data.Common;
using InfoSociale.Core.Storage;

namespace InfoSociale.Core.Conversations;

// The one store implementation, over SqlDatabase (see SqliteConversationStore, PostgresConversationStore).
// Every write is a single conditional statement, so the ETag check and the write are atomic.
public sealed class SqlConversationStore : IConversationStore
{
    private const string CreateTable = """
        CREATE TABLE IF NOT EXISTS conversation_state (
            key TEXT PRIMARY KEY,
            state TEXT NOT NULL,
            etag TEXT NOT NULL,
            updated_at BIGINT NOT NULL)
        """;

    private readonly SqlDatabase _database;
    private readonly TimeProvider _clock;

    // setup: statements the engine runs once before the table is created (e.g. SQLite's WAL mode).
    public SqlConversationStore(Func<CancellationToken, Task<DbConnection>> open, TimeProvider clock, bool oneWriterAtATime, params string[] setup)
    {
        _database = new SqlDatabase(open, oneWriterAtATime, [.. setup, CreateTable]);
        _clock = clock;
    }

    public async Task<StoredState> ReadAsync(string key, CancellationToken cancellationToken = default)
    {
        var rows = await _database.QueryAsync("SELECT state, etag FROM conversation_state WHERE key = @key", [("key", key)],
            reader => new StoredState(reader.GetString(0), reader.GetString(1)), cancellationToken);
        return rows.Count > 0 ? rows[0] : StoredState.Empty;
    }

    public async Task<string> WriteAsync(string key, string state, string? expectedETag, CancellationToken cancellationToken = default)
    {
        var newETag = Guid.NewGuid().ToString("N");
        (string Name, object? Value)[] row = [("key", key), ("state", state), ("etag", newETag), ("now", Now())];
        var written = expectedETag switch
        {
            ETags.Any => await _database.ExecuteAsync("""
                INSERT INTO conversation_state (key, state, etag, updated_at) VALUES (@key, @state, @etag, @now)
                ON CONFLICT (key) DO UPDATE SET state = excluded.state, etag = excluded.etag, updated_at = excluded.updated_at
                """, row, cancellationToken),
            null => await _database.ExecuteAsync("""
                INSERT INTO conversation_state (key, state, etag, updated_at) VALUES (@key, @state, @etag, @now)
                ON CONFLICT (key) DO NOTHING
                """, row, cancellationToken),
            _ => await _database.ExecuteAsync("""
                UPDATE conversation_state SET state = @state, etag = @etag, updated_at = @now
                WHERE key = @key AND etag = @expected
                """, [.. row, ("expected", expectedETag)], cancellationToken),
        };
        if (written == 0) throw new ConcurrencyConflictException(key);
        return newETag;
    }

    public Task DeleteAsync(string key, CancellationToken cancellationToken = default) =>
        _database.ExecuteAsync("DELETE FROM conversation_state WHERE key = @key", [("key", key)], cancellationToken);

    public Task<int> PurgeOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken = default) =>
        _database.ExecuteAsync("DELETE FROM conversation_state WHERE updated_at < @cutoff",
            [("cutoff", cutoff.ToUnixTimeMilliseconds())], cancellationToken);

    private long Now() => _clock.GetUtcNow().ToUnixTimeMilliseconds();
}
