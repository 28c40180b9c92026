using Microsoft.Data.Sqlite;

namespace InfoSociale.Bot.DirectLine;

// Conversations and their activities in SQLite (data/directline.db), so a restart never loses a conversation
// a resident can still resume. One writer connection (SQLite serialises writes anyway); reads use the pool.
// Activities arrive in batches from DirectLineWriter.
public sealed class DirectLineStore : IDisposable
{
    // Below this the store reports itself not ready: better no new conversations than a write failing mid-way.
    public const long MinFreeDiskBytes = 16 * 1024 * 1024;
    private readonly string _databaseFile;
    private readonly string _connectionString;
    private readonly SqliteConnection _writer;
    private readonly Lock _writeLock = new();

    public DirectLineStore(string databaseFile)
    {
        _databaseFile = Path.GetFullPath(databaseFile);
        _connectionString = new SqliteConnectionStringBuilder { DataSource = databaseFile, Pooling = true }.ToString();
        _writer = new SqliteConnection(_connectionString);
        _writer.Open();
        Execute("""
            PRAGMA journal_mode = WAL;
            PRAGMA synchronous = FULL;
            CREATE TABLE IF NOT EXISTS conversations (
                id TEXT PRIMARY KEY,
                territory TEXT NOT NULL,
                user_id TEXT,
                locale TEXT,
                started INTEGER NOT NULL DEFAULT 0,
                ended INTEGER NOT NULL DEFAULT 0,
                created_utc TEXT NOT NULL
            );
            -- A rowid table: rows are appended in the order they come, and the activities' JSON (often over 1 kB)
            -- stays out of the (conversation, seq) index, which a WITHOUT ROWID table would split page after page.
            CREATE TABLE IF NOT EXISTS activity_log (
                conversation_id TEXT NOT NULL,
                seq INTEGER NOT NULL,
                timestamp_ms INTEGER NOT NULL,
                json TEXT NOT NULL
            );
            CREATE UNIQUE INDEX IF NOT EXISTS activity_log_by_conversation ON activity_log (conversation_id, seq);
            CREATE TABLE IF NOT EXISTS write_probe (id INTEGER PRIMARY KEY, probed_ms INTEGER NOT NULL);
            """);
        AddEndedColumnToOlderFiles();
        AddSiteColumnToOlderFiles();
        MoveActivitiesOfOlderFiles();
    }

    // Files written before activity_log kept activities in a WITHOUT ROWID table `activities`: moved over once.
    private void MoveActivitiesOfOlderFiles()
    {
        using var command = _writer.CreateCommand();
        command.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'activities'";
        if ((long)command.ExecuteScalar()! == 0) return;
        using var transaction = _writer.BeginTransaction();
        using var move = _writer.CreateCommand();
        move.Transaction = transaction;
        move.CommandText = """
            INSERT INTO activity_log (conversation_id, seq, timestamp_ms, json)
                SELECT conversation_id, seq, timestamp_ms, json FROM activities ORDER BY conversation_id, seq;
            DROP TABLE activities;
            """;
        move.ExecuteNonQuery();
        transaction.Commit();
    }

    // Files written before conversations could end lack the column; their conversations are all still open.
    private void AddEndedColumnToOlderFiles()
    {
        using var command = _writer.CreateCommand();
        command.CommandText = "SELECT count(*) FROM pragma_table_info('conversations') WHERE name = 'ended'";
        if ((long)command.ExecuteScalar()! == 0) Execute("ALTER TABLE conversations ADD COLUMN ended INTEGER NOT NULL DEFAULT 0");
    }

    // Files written before kiosks lack the column; their conversations all came from pages.
    private void AddSiteColumnToOlderFiles()
    {
        using var command = _writer.CreateCommand();
        command.CommandText = "SELECT count(*) FROM pragma_table_info('conversations') WHERE name = 'site'";
        if ((long)command.ExecuteScalar()! == 0) Execute("ALTER TABLE conversations ADD COLUMN site TEXT");
    }

    public void CreateConversation(ConversationRecord conversation)
    {
        lock (_writeLock)
        {
            EnsureFileIsThere();
            using var command = _writer.CreateCommand();
            command.CommandText = "INSERT INTO conversations (id, territory, user_id, locale, started, created_utc, site) VALUES ($id, $territory, $user, $locale, $started, $created, $site)";
            command.Parameters.AddWithValue("$id", conversation.Id);
            command.Parameters.AddWithValue("$territory", conversation.Territory);
            command.Parameters.AddWithValue("$user", (object?)conversation.UserId ?? DBNull.Value);
            command.Parameters.AddWithValue("$locale", (object?)conversation.Locale ?? DBNull.Value);
            command.Parameters.AddWithValue("$started", conversation.Started ? 1 : 0);
            command.Parameters.AddWithValue("$created", DateTimeOffset.UtcNow.ToString("O"));
            command.Parameters.AddWithValue("$site", (object?)conversation.Site ?? DBNull.Value);
            command.ExecuteNonQuery();
        }
    }

    public void UpdateConversation(ConversationRecord conversation)
    {
        lock (_writeLock)
        {
            EnsureFileIsThere();
            using var command = _writer.CreateCommand();
            command.CommandText = "UPDATE conversations SET user_id = $user, locale = $locale, started = $started, ended = $ended WHERE id = $id";
            command.Parameters.AddWithValue("$id", conversation.Id);
            command.Parameters.AddWithValue("$user", (object?)conversation.UserId ?? DBNull.Value);
            command.Parameters.AddWithValue("$locale", (object?)conversation.Locale ?? DBNull.Value);
            command.Parameters.AddWithValue("$started", conversation.Started ? 1 : 0);
            command.Parameters.AddWithValue("$ended", conversation.Ended ? 1 : 0);
            command.ExecuteNonQuery();
        }
    }

    public (ConversationRecord Conversation, long LastSequence, long LastTimestampMs)? FindConversation(string id)
    {
        using var connection = OpenReader();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT c.territory, c.user_id, c.locale, c.started, c.ended, c.site,
                   (SELECT seq FROM activity_log a WHERE a.conversation_id = c.id ORDER BY seq DESC LIMIT 1),
                   (SELECT timestamp_ms FROM activity_log a WHERE a.conversation_id = c.id ORDER BY seq DESC LIMIT 1)
            FROM conversations c WHERE c.id = $id
            """;
        command.Parameters.AddWithValue("$id", id);
        using var reader = command.ExecuteReader();
        if (!reader.Read()) return null;
        var record = new ConversationRecord(id, reader.GetString(0),
            reader.IsDBNull(1) ? null : reader.GetString(1),
            reader.IsDBNull(2) ? null : reader.GetString(2),
            reader.GetInt64(3) == 1)
        {
            Ended = reader.GetInt64(4) == 1,
            Site = reader.IsDBNull(5) ? null : reader.GetString(5),
        };
        return (record, reader.IsDBNull(6) ? 0 : reader.GetInt64(6), reader.IsDBNull(7) ? 0 : reader.GetInt64(7));
    }

    // One transaction for the whole batch: a commit costs the same for one row or a hundred.
    public void AppendActivities(IReadOnlyList<PendingActivity> batch)
    {
        lock (_writeLock)
        {
            EnsureFileIsThere();
            using var transaction = _writer.BeginTransaction();
            using var command = _writer.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = "INSERT INTO activity_log (conversation_id, seq, timestamp_ms, json) VALUES ($c, $s, $t, $j)";
            var conversation = command.Parameters.Add("$c", SqliteType.Text);
            var sequence = command.Parameters.Add("$s", SqliteType.Integer);
            var timestamp = command.Parameters.Add("$t", SqliteType.Integer);
            var json = command.Parameters.Add("$j", SqliteType.Text);
            foreach (var activity in batch)
            {
                conversation.Value = activity.ConversationId;
                sequence.Value = activity.Sequence;
                timestamp.Value = activity.TimestampMs;
                json.Value = activity.Json;
                command.ExecuteNonQuery();
            }
            transaction.Commit();
        }
    }

    // Deletes the conversations whose last activity (or creation, when they have none) is older than the cutoff,
    // with their activities; returns their ids.
    public IReadOnlyList<string> PurgeOlderThan(DateTimeOffset cutoff)
    {
        lock (_writeLock)
        {
            using var transaction = _writer.BeginTransaction();
            var expired = new List<string>();
            using (var find = _writer.CreateCommand())
            {
                find.Transaction = transaction;
                find.CommandText = """
                    SELECT id FROM (
                        SELECT c.id, c.created_utc,
                               (SELECT timestamp_ms FROM activity_log a WHERE a.conversation_id = c.id ORDER BY seq DESC LIMIT 1) AS last_ms
                        FROM conversations c)
                    WHERE (last_ms IS NOT NULL AND last_ms < $cutoffMs) OR (last_ms IS NULL AND created_utc < $cutoffText)
                    """;
                find.Parameters.AddWithValue("$cutoffMs", cutoff.ToUnixTimeMilliseconds());
                find.Parameters.AddWithValue("$cutoffText", cutoff.ToUniversalTime().ToString("O"));
                using var reader = find.ExecuteReader();
                while (reader.Read()) expired.Add(reader.GetString(0));
            }
            using var delete = _writer.CreateCommand();
            delete.Transaction = transaction;
            delete.CommandText = "DELETE FROM activity_log WHERE conversation_id = $id; DELETE FROM conversations WHERE id = $id";
            var id = delete.Parameters.Add("$id", SqliteType.Text);
            foreach (var conversation in expired)
            {
                id.Value = conversation;
                delete.ExecuteNonQuery();
            }
            transaction.Commit();
            return expired;
        }
    }

    // Stored activities with afterSequence < seq <= upToSequence, in order.
    public IReadOnlyList<StoredActivity> ReadActivities(string conversationId, long afterSequence, long upToSequence)
    {
        var activities = new List<StoredActivity>();
        if (upToSequence <= afterSequence) return activities;
        using var connection = OpenReader();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT seq, json FROM activity_log WHERE conversation_id = $c AND seq > $after AND seq <= $upTo ORDER BY seq";
        command.Parameters.AddWithValue("$c", conversationId);
        command.Parameters.AddWithValue("$after", afterSequence);
        command.Parameters.AddWithValue("$upTo", upToSequence);
        using var reader = command.ExecuteReader();
        while (reader.Read()) activities.Add(new StoredActivity(reader.GetInt64(0), reader.GetString(1)));
        return activities;
    }

    // Null when the store can take a write now, else why not: the file is gone, the disk is (nearly) full, or a
    // real one-row commit fails (read-only folder, I/O error).
    public string? WriteProblem()
    {
        if (!File.Exists(_databaseFile)) return Removed();
        var free = new DriveInfo(Path.GetDirectoryName(_databaseFile)!).AvailableFreeSpace;
        if (free < MinFreeDiskBytes) return $"Only {free / 1024} KB free on the disk of {_databaseFile}; the Direct Line store needs {MinFreeDiskBytes / 1024 / 1024} MB.";
        try
        {
            lock (_writeLock)
            {
                using var command = _writer.CreateCommand();
                command.CommandText = "INSERT OR REPLACE INTO write_probe (id, probed_ms) VALUES (1, $now)";
                command.Parameters.AddWithValue("$now", DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());
                command.ExecuteNonQuery();
            }
            return null;
        }
        catch (SqliteException error)
        {
            return $"The Direct Line store {_databaseFile} cannot write: {error.Message}";
        }
    }

    // SQLite would go on writing to a file removed under it, and everything written would vanish at the next start.
    private void EnsureFileIsThere()
    {
        if (!File.Exists(_databaseFile)) throw new DirectLineStoreException(Removed());
    }

    private string Removed() => $"{_databaseFile} was removed while the server ran; restore it from a backup or restart the server.";

    public void Dispose()
    {
        _writer.Dispose();
        SqliteConnection.ClearPool(_writer);
    }

    private SqliteConnection OpenReader()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        return connection;
    }

    private void Execute(string sql)
    {
        using var command = _writer.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}

public sealed record ConversationRecord(string Id, string Territory, string? UserId, string? Locale, bool Started)
{
    // Either side sent endOfConversation: the transcript stays readable, nothing more is posted.
    public bool Ended { get; init; }

    // The kiosk site (knowledge-base/kiosques.yaml) that opened the conversation; null for pages and backends.
    public string? Site { get; init; }
}

public sealed record PendingActivity(string ConversationId, long Sequence, long TimestampMs, string Json);

// One activity as stored and sent: its watermark sequence and its JSON exactly as the client will read it.
public sealed record StoredActivity(long Sequence, string Json);
