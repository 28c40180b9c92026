using Microsoft.Data.Sqlite;

namespace InfoSociale.Core.Conversations;

// The embedded default: one SQLite file in the data folder, in WAL mode so readers never wait for the writer.
public static class SqliteConversationStore
{
    public const string FileName = "conversations.db";

    public static async Task<IConversationStore> OpenAsync(string path, TimeProvider clock, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 30, // also how long a writer waits for the file lock
        }.ToString();

        await using (var first = new SqliteConnection(connectionString))
        {
            await first.OpenAsync(cancellationToken);
            await using var wal = first.CreateCommand();
            wal.CommandText = "PRAGMA journal_mode = WAL";
            await wal.ExecuteNonQueryAsync(cancellationToken);
        }

        return await SqlConversationStore.CreateAsync(async ct =>
        {
            var connection = new SqliteConnection(connectionString);
            await connection.OpenAsync(ct);
            return connection;
        }, clock, cancellationToken);
    }
}
