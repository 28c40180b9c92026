using System.Data.Common;

namespace InfoSociale.Core.Conversations;

// The one store implementation, in plain SQL that SQLite and PostgreSQL both run unchanged;
// each engine only supplies its connections (see SqliteConversationStore, PostgresConversationStore).
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

    private readonly Func<CancellationToken, Task<DbConnection>> _open;
    private readonly TimeProvider _clock;
    private readonly string[] _setup;
    private readonly Lock _gate = new();
    private readonly SemaphoreSlim? _oneWriter;
    private Task? _ready;

    // setup: statements the engine runs once before the table is created (e.g. SQLite's WAL mode).
    // oneWriterAtATime: for SQLite, whose file takes one writer; writers that collide get SQLITE_BUSY, which
    // Microsoft.Data.Sqlite answers by sleeping and retrying, so queuing them here is far faster under load.
    public SqlConversationStore(Func<CancellationToken, Task<DbConnection>> open, TimeProvider clock, bool oneWriterAtATime, params string[] setup)
    {
        _open = open;
        _clock = clock;
        _oneWriter = oneWriterAtATime ? new SemaphoreSlim(1, 1) : null;
        _setup = [.. setup, CreateTable];
    }

    public async Task<StoredState> ReadAsync(string key, CancellationToken cancellationToken = default)
    {
        await EnsureReadyAsync();
        await using var connection = await _open(cancellationToken);
        await using var command = Command(connection, "SELECT state, etag FROM conversation_state WHERE key = @key", ("key", key));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new StoredState(reader.GetString(0), reader.GetString(1))
            : StoredState.Empty;
    }

    public async Task<string> WriteAsync(string key, string state, string? expectedETag, CancellationToken cancellationToken = default)
    {
        var newETag = Guid.NewGuid().ToString("N");
        (string Name, object Value)[] row = [("key", key), ("state", state), ("etag", newETag), ("now", Now())];
        var written = expectedETag switch
        {
            ETags.Any => await ExecuteAsync("""
                INSERT INTO conversation_state (key, state, etag, updated_at) VALUES (@key, @state, @etag, @now)
                ON CONFLICT (key) DO UPDATE SET state = excluded.state, etag = excluded.etag, updated_at = excluded.updated_at
                """, row, cancellationToken),
            null => await ExecuteAsync("""
                INSERT INTO conversation_state (key, state, etag, updated_at) VALUES (@key, @state, @etag, @now)
                ON CONFLICT (key) DO NOTHING
                """, row, cancellationToken),
            _ => await ExecuteAsync("""
                UPDATE conversation_state SET state = @state, etag = @etag, updated_at = @now
                WHERE key = @key AND etag = @expected
                """, [.. row, ("expected", expectedETag)], cancellationToken),
        };
        if (written == 0) throw new ConcurrencyConflictException(key);
        return newETag;
    }

    public Task DeleteAsync(string key, CancellationToken cancellationToken = default) =>
        ExecuteAsync("DELETE FROM conversation_state WHERE key = @key", [("key", key)], cancellationToken);

    public Task<int> PurgeOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken = default) =>
        ExecuteAsync("DELETE FROM conversation_state WHERE updated_at < @cutoff",
            [("cutoff", cutoff.ToUnixTimeMilliseconds())], cancellationToken);

    // Once per process; tried again on the next call if the database was not reachable yet.
    private Task EnsureReadyAsync()
    {
        lock (_gate)
        {
            if (_ready is null || _ready.IsFaulted || _ready.IsCanceled) _ready = SetUpAsync();
            return _ready;
        }
    }

    private async Task SetUpAsync()
    {
        foreach (var statement in _setup) await RunAsync(statement, [], CancellationToken.None);
    }

    private long Now() => _clock.GetUtcNow().ToUnixTimeMilliseconds();

    private async Task<int> ExecuteAsync(string sql, (string Name, object Value)[] parameters, CancellationToken cancellationToken)
    {
        await EnsureReadyAsync();
        if (_oneWriter is null) return await RunAsync(sql, parameters, cancellationToken);
        await _oneWriter.WaitAsync(cancellationToken);
        try
        {
            return await RunAsync(sql, parameters, cancellationToken);
        }
        finally
        {
            _oneWriter.Release();
        }
    }

    private async Task<int> RunAsync(string sql, (string Name, object Value)[] parameters, CancellationToken cancellationToken)
    {
        await using var connection = await _open(cancellationToken);
        await using var command = Command(connection, sql, parameters);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static DbCommand Command(DbConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }
        return command;
    }
}
