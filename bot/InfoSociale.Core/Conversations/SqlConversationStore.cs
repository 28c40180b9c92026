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
    private readonly Lazy<Task> _ready;

    // setup: statements the engine runs once before the table is created (e.g. SQLite's WAL mode).
    public SqlConversationStore(Func<CancellationToken, Task<DbConnection>> open, TimeProvider clock, params string[] setup)
    {
        _open = open;
        _clock = clock;
        _ready = new Lazy<Task>(async () =>
        {
            foreach (var statement in setup.Append(CreateTable)) await RunAsync(statement, [], CancellationToken.None);
        });
    }

    public async Task<StoredState> ReadAsync(string key, CancellationToken cancellationToken = default)
    {
        await _ready.Value;
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
        var sql = expectedETag switch
        {
            ETags.Any => """
                INSERT INTO conversation_state (key, state, etag, updated_at) VALUES (@key, @state, @etag, @now)
                ON CONFLICT (key) DO UPDATE SET state = excluded.state, etag = excluded.etag, updated_at = excluded.updated_at
                """,
            null => """
                INSERT INTO conversation_state (key, state, etag, updated_at) VALUES (@key, @state, @etag, @now)
                ON CONFLICT (key) DO NOTHING
                """,
            _ => """
                UPDATE conversation_state SET state = @state, etag = @etag, updated_at = @now
                WHERE key = @key AND etag = @expected
                """,
        };
        var written = await ExecuteAsync(sql,
            [("key", key), ("state", state), ("etag", newETag), ("now", Now()), ("expected", expectedETag ?? "")],
            cancellationToken);
        if (written == 0) throw new ConcurrencyConflictException(key);
        return newETag;
    }

    public Task DeleteAsync(string key, CancellationToken cancellationToken = default) =>
        ExecuteAsync("DELETE FROM conversation_state WHERE key = @key", [("key", key)], cancellationToken);

    public Task<int> PurgeOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken = default) =>
        ExecuteAsync("DELETE FROM conversation_state WHERE updated_at < @cutoff",
            [("cutoff", cutoff.ToUnixTimeMilliseconds())], cancellationToken);

    private long Now() => _clock.GetUtcNow().ToUnixTimeMilliseconds();

    private async Task<int> ExecuteAsync(string sql, (string Name, object Value)[] parameters, CancellationToken cancellationToken)
    {
        await _ready.Value;
        return await RunAsync(sql, parameters, cancellationToken);
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
            if (!sql.Contains("@" + name, StringComparison.Ordinal)) continue;
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }
        return command;
    }
}
