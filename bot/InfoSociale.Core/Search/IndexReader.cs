using Microsoft.Data.Sqlite;

namespace InfoSociale.Core.Search;

// One read-only connection to the index with its prepared statements. SQLite connections are not
// thread-safe, so KnowledgeSearch lends each reader to one search at a time.
internal sealed class IndexReader : IDisposable
{
    private readonly SqliteConnection connection;
    private readonly Dictionary<string, SqliteCommand> candidateCommands = new(StringComparer.Ordinal);
    private readonly SqliteCommand entryCommand;

    public IndexReader(string path)
    {
        connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path,
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

    // Entries of the table matching the expression, best bm25() first.
    public List<Candidate> Candidates(string ftsTable, string match, int limit)
    {
        if (!candidateCommands.TryGetValue(ftsTable, out var command))
        {
            var weights = string.Join(", ", SearchIndexSchema.FieldWeights.Select(w => w.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            command = Prepare(
                $"SELECT rowid, entry_id, kind, publics, themes, title, keywords, summary, body FROM {ftsTable} " +
                $"WHERE {ftsTable} MATCH $match ORDER BY bm25({ftsTable}, 0, 0, 0, 0, {weights}) LIMIT $limit",
                "$match", "$limit");
            candidateCommands[ftsTable] = command;
        }
        command.Parameters["$match"].Value = match;
        command.Parameters["$limit"].Value = limit;
        var candidates = new List<Candidate>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            candidates.Add(new Candidate(
                reader.GetInt64(0),
                reader.GetString(1),
                reader.GetString(2),
                Split(reader.GetString(3)),
                Split(reader.GetString(4)),
                [reader.GetString(5), reader.GetString(6), reader.GetString(7), reader.GetString(8)]));
        }
        return candidates;
    }

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
        foreach (var command in candidateCommands.Values) command.Dispose();
        entryCommand.Dispose();
        connection.Dispose();
    }
}
