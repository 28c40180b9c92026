using Microsoft.Data.Sqlite;

namespace InfoSociale.Core.Conversations;

// The embedded default: one SQLite file in the data folder, in WAL mode so readers never wait for the writer.
public static class SqliteConversationStore
{
    public const string FileName = "conversations.db";

    public static IConversationStore Open(string path, TimeProvider clock)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 30, // also how long a writer waits for the file lock
        }.ToString();
        return new SqlConversationStore(async cancellationToken =>
        {
            var connection = new SqliteConnection(connectionString);
            await connection.OpenAsync(cancellationToken);
            // Per connection: with WAL, NORMAL never corrupts the file and spares an fsync on every turn's save.
            await using var synchronous = connection.CreateCommand();
            synchronous.CommandText = "PRAGMA synchronous = NORMAL";
            await synchronous.ExecuteNonQueryAsync(cancellationToken);
            return connection;
        }, clock, oneWriterAtATime: true, "PRAGMA journal_mode = WAL");
    }
}
