using System.Data.Common;

namespace InfoSociale.Core.Storage;

// Plain SQL that SQLite and PostgreSQL both run unchanged; each engine only supplies its connections.
// The set-up statements run once per process (again on the next call if the database was not reachable yet).
public sealed class SqlDatabase
{
    private readonly Func<CancellationToken, Task<DbConnection>> _open;
    private readonly string[] _setup;
    private readonly Lock _gate = new();
    private readonly SemaphoreSlim? _oneWriter;
    private Task? _ready;

    // oneWriterAtATime: for SQLite, whose file takes one writer; writers that collide get SQLITE_BUSY, which
    // Microsoft.Data.Sqlite answers by sleeping and retrying, so queuing them here is far faster under load.
    public SqlDatabase(Func<CancellationToken, Task<DbConnection>> open, bool oneWriterAtATime, params string[] setup)
    {
        _open = open;
        _oneWriter = oneWriterAtATime ? new SemaphoreSlim(1, 1) : null;
        _setup = setup;
    }

    public bool IsSqlite => _oneWriter is not null;

    public async Task<IReadOnlyList<T>> QueryAsync<T>(string sql, (string Name, object? Value)[] parameters, Func<DbDataReader, T> read,
        CancellationToken cancellationToken)
    {
        await EnsureReadyAsync();
        await using var connection = await _open(cancellationToken);
        await using var command = Command(connection, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken)) rows.Add(read(reader));
        return rows;
    }

    public async Task<int> ExecuteAsync(string sql, (string Name, object? Value)[] parameters, CancellationToken cancellationToken)
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

    private async Task<int> RunAsync(string sql, (string Name, object? Value)[] parameters, CancellationToken cancellationToken)
    {
        await using var connection = await _open(cancellationToken);
        await using var command = Command(connection, sql, parameters);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static DbCommand Command(DbConnection connection, string sql, (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }
        return command;
    }
}
