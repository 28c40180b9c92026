using System.Globalization;
using Microsoft.Data.Sqlite;

namespace InfoSociale.Core.Feedback;

// <data>/feedback.db: one row per answer judged, with only entry, territory, yes/no and day.
public sealed class SqliteFeedbackStore : IFeedbackStore
{
    public const string FileName = "feedback.db";

    private readonly string _connectionString;

    private SqliteFeedbackStore(string connectionString) => _connectionString = connectionString;

    public static SqliteFeedbackStore Open(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var store = new SqliteFeedbackStore(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate }.ToString());
        using var connection = store.Connect();
        using var create = connection.CreateCommand();
        create.CommandText = "CREATE TABLE IF NOT EXISTS feedback (entry_id TEXT NOT NULL, territory TEXT NOT NULL, helpful INTEGER NOT NULL, day TEXT NOT NULL)";
        create.ExecuteNonQuery();
        return store;
    }

    public async Task AddAsync(AnswerFeedback feedback, CancellationToken cancellationToken)
    {
        await using var connection = Connect();
        await using var insert = connection.CreateCommand();
        insert.CommandText = "INSERT INTO feedback (entry_id, territory, helpful, day) VALUES ($entry, $territory, $helpful, $day)";
        insert.Parameters.AddWithValue("$entry", feedback.EntryId);
        insert.Parameters.AddWithValue("$territory", feedback.Territory);
        insert.Parameters.AddWithValue("$helpful", feedback.Helpful ? 1 : 0);
        insert.Parameters.AddWithValue("$day", feedback.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await insert.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<AnswerFeedback>> ReadAllAsync(CancellationToken cancellationToken)
    {
        await using var connection = Connect();
        await using var select = connection.CreateCommand();
        select.CommandText = "SELECT entry_id, territory, helpful, day FROM feedback ORDER BY rowid";
        var all = new List<AnswerFeedback>();
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            all.Add(new AnswerFeedback(reader.GetString(0), reader.GetString(1), reader.GetInt64(2) == 1,
                DateOnly.ParseExact(reader.GetString(3), "yyyy-MM-dd", CultureInfo.InvariantCulture)));
        return all;
    }

    private SqliteConnection Connect()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        return connection;
    }
}
