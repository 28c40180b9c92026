using Microsoft.Data.Sqlite;

namespace InfoSociale.Core.Search.Fts;

// One read-only connection to the index with its prepared statements. SQLite connections are not
// thread-safe, so KnowledgeSearch lends each reader to one search at a time.
internal sealed class IndexReader : IDisposable
{
    private readonly SqliteConnection connection;
    private readonly Dictionary<string, SqliteCommand> rowidCommands = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SqliteCommand> fieldCommands = new(StringComparer.Ordinal);
    private readonly SqliteCommand entryCommand;

    public IndexReader(string path)
    {
        connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            // immutable: the builder replaces the file by a rename, never writes an open one, so SQLite can skip the
            // file lock and the journal checks it would otherwise make around every statement.
            DataSource = new Uri(Path.GetFullPath(path)).AbsoluteUri + "?immutable=1",
            Mode = SqliteOpenMode.ReadOnly,
            Pooling = false,
        }.ToString());
        connection.Open();
        using (var pragma = connection.CreateCommand())
        {
            pragma.CommandText = "PRAGMA query_only = ON; PRAGMA mmap_size = 1073741824; PRAGMA cache_size = -32768;";
            pragma.ExecuteNonQuery();
        }
        entryCommand = Prepare("SELECT title, summary, body FROM entries WHERE rowid = $rowid", "$rowid");
    }

    public SqliteConnection Connection => connection;

    // Rowids of the FTS5 table's rows matching the expression, best bm25() first, at most `limit`.
    // FTS5 computes bm25() for every row it returns before any ORDER BY, so only the first `scan`
    // matching rows (in rowid order) are scored: the cap on candidates before ranking that keeps a
    // query over very common words bounded on a large index (search-performance.md).
    public List<long> Rowids(string table, string match, int limit, int scan, string weights)
    {
        if (!rowidCommands.TryGetValue(table, out var command))
        {
            command = Prepare($"SELECT rowid, bm25({table}, {weights}) FROM {table} WHERE {table} MATCH $match LIMIT $scan", "$match", "$scan");
            rowidCommands[table] = command;
        }
        command.Parameters["$match"].Value = match;
        command.Parameters["$scan"].Value = scan;
        var scored = new List<(long Rowid, double Rank)>();
        using (var reader = command.ExecuteReader())
            while (reader.Read()) scored.Add((reader.GetInt64(0), reader.GetDouble(1)));
        // bm25() is negative: the lower, the better.
        return scored.OrderBy(row => row.Rank).ThenBy(row => row.Rowid).Take(limit).Select(row => row.Rowid).ToList();
    }

    // One entry's analysed fields.
    public Candidate Fields(string ftsTable, long rowid)
    {
        if (!fieldCommands.TryGetValue(ftsTable, out var command))
        {
            command = Prepare($"SELECT {CandidateColumns} FROM {ftsTable} WHERE rowid = $rowid", "$rowid");
            fieldCommands[ftsTable] = command;
        }
        command.Parameters["$rowid"].Value = rowid;
        using var reader = command.ExecuteReader();
        reader.Read();
        return Read(reader);
    }

    // Every entry of the table, for a small index kept in memory.
    public List<Candidate> All(string ftsTable)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {CandidateColumns} FROM {ftsTable} ORDER BY rowid";
        var candidates = new List<Candidate>();
        using var reader = command.ExecuteReader();
        while (reader.Read()) candidates.Add(Read(reader));
        return candidates;
    }

    private const string CandidateColumns = "rowid, entry_id, kind, publics, themes, title, keywords, summary, body";

    private static Candidate Read(SqliteDataReader reader) => new(
        reader.GetInt64(0),
        reader.GetString(1),
        reader.GetString(2),
        Split(reader.GetString(3)),
        Split(reader.GetString(4)),
        [reader.GetString(5), reader.GetString(6), reader.GetString(7), reader.GetString(8)]);

    public (string Title, string Summary, string Body) Entry(long rowid)
    {
        entryCommand.Parameters["$rowid"].Value = rowid;
        using var reader = entryCommand.ExecuteReader();
        reader.Read();
        return (reader.GetString(0), reader.GetString(1), reader.GetString(2));
    }

    private SqliteCommand Prepare(string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in parameters) command.Parameters.Add(new SqliteParameter { ParameterName = name });
        command.Prepare();
        return command;
    }

    private static string[] Split(string value) => value.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    public void Dispose()
    {
        foreach (var command in rowidCommands.Values.Concat(fieldCommands.Values)) command.Dispose();
        entryCommand.Dispose();
        connection.Dispose();
    }
}
