using System.Data.Common;
using System.Text.Json;
using InfoSociale.Core.Activities;
using InfoSociale.Core.Storage;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace InfoSociale.Core.Handoff;

// Tickets in one table, the resident's data as JSON columns that purging sets to NULL. Same SQL on SQLite and PostgreSQL.
public sealed class SqlTicketStore : ITicketStore
{
    public const string FileName = "tickets.db";

    private const string CreateTickets = """
        CREATE TABLE IF NOT EXISTS handoff_ticket (
            ref TEXT PRIMARY KEY,
            territory TEXT NOT NULL,
            team TEXT NOT NULL,
            status TEXT NOT NULL,
            priority TEXT NOT NULL,
            created_at BIGINT NOT NULL,
            conversation TEXT NOT NULL,
            summary TEXT NULL,
            contact TEXT NULL,
            transcript TEXT NULL,
            closed_at BIGINT NULL,
            outcome TEXT NULL,
            purged INTEGER NOT NULL DEFAULT 0)
        """;

    private const string CreateRefusals = """
        CREATE TABLE IF NOT EXISTS handoff_refusal (
            day TEXT NOT NULL,
            territory TEXT NOT NULL,
            count INTEGER NOT NULL,
            PRIMARY KEY (day, territory))
        """;

    private const string Columns = "ref, territory, team, status, priority, created_at, conversation, summary, contact, transcript, closed_at, outcome, purged";

    private readonly SqlDatabase _database;

    private SqlTicketStore(SqlDatabase database) => _database = database;

    public static SqlTicketStore OpenSqlite(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var connectionString = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate, DefaultTimeout = 30 }.ToString();
        return new SqlTicketStore(new SqlDatabase(async cancellationToken =>
        {
            var connection = new SqliteConnection(connectionString);
            await connection.OpenAsync(cancellationToken);
            return connection;
        }, oneWriterAtATime: true, "PRAGMA journal_mode = WAL", CreateTickets, CreateRefusals));
    }

    public static SqlTicketStore OpenPostgres(NpgsqlDataSource dataSource) =>
        new(new SqlDatabase(async cancellationToken => await dataSource.OpenConnectionAsync(cancellationToken), oneWriterAtATime: false,
            CreateTickets, CreateRefusals));

    public async Task<Ticket> CreateAsync(Ticket ticket, CancellationToken cancellationToken = default)
    {
        while (true)
        {
            var stored = ticket with { Ref = TicketReference.New(ticket.Territory) };
            var row = Row(stored);
            var inserted = await _database.ExecuteAsync($"""
                INSERT INTO handoff_ticket ({Columns})
                VALUES (@ref, @territory, @team, @status, @priority, @created_at, @conversation, @summary, @contact, @transcript, @closed_at, @outcome, @purged)
                ON CONFLICT (ref) DO NOTHING
                """, row, cancellationToken);
            if (inserted == 1) return stored;
        }
    }

    public async Task<Ticket?> FindAsync(string reference, CancellationToken cancellationToken = default) =>
        (await _database.QueryAsync($"SELECT {Columns} FROM handoff_ticket WHERE ref = @ref", [("ref", reference)], Read, cancellationToken))
            .FirstOrDefault();

    public Task<IReadOnlyList<Ticket>> ListAsync(TicketFilter filter, CancellationToken cancellationToken = default)
    {
        // Only the conditions asked for: PostgreSQL cannot type a NULL parameter in "@team IS NULL".
        var conditions = new List<string> { "1 = 1" };
        var parameters = new List<(string Name, object? Value)>();
        if (filter.Team is { } team) { conditions.Add("team = @team"); parameters.Add(("team", team)); }
        if (filter.Status is { } status) { conditions.Add("status = @status"); parameters.Add(("status", status.ToString().ToLowerInvariant())); }
        return _database.QueryAsync($"SELECT {Columns} FROM handoff_ticket WHERE {string.Join(" AND ", conditions)} ORDER BY created_at DESC, ref",
            [.. parameters], Read, cancellationToken);
    }

    public Task UpdateAsync(Ticket ticket, CancellationToken cancellationToken = default) =>
        _database.ExecuteAsync("""
            UPDATE handoff_ticket SET team = @team, status = @status, priority = @priority, summary = @summary, contact = @contact,
                transcript = @transcript, closed_at = @closed_at, outcome = @outcome, purged = @purged
            WHERE ref = @ref
            """, Row(ticket), cancellationToken);

    public Task CountRefusalAsync(string territory, DateOnly day, CancellationToken cancellationToken = default) =>
        _database.ExecuteAsync("""
            INSERT INTO handoff_refusal (day, territory, count) VALUES (@day, @territory, 1)
            ON CONFLICT (day, territory) DO UPDATE SET count = handoff_refusal.count + 1
            """, [("day", day.ToString("yyyy-MM-dd")), ("territory", territory)], cancellationToken);

    public async Task<int> RefusalsAsync(string territory, CancellationToken cancellationToken = default) =>
        (await _database.QueryAsync("SELECT count FROM handoff_refusal WHERE territory = @territory", [("territory", territory)],
            reader => Convert.ToInt32(reader.GetValue(0)), cancellationToken)).Sum();

    public Task<int> PurgeClosedBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken = default) =>
        _database.ExecuteAsync("""
            UPDATE handoff_ticket SET summary = NULL, contact = NULL, transcript = NULL, outcome = NULL, purged = 1
            WHERE status = 'closed' AND closed_at < @cutoff AND purged = 0
            """, [("cutoff", cutoff.ToUnixTimeMilliseconds())], cancellationToken);

    private static (string Name, object? Value)[] Row(Ticket t) =>
    [
        ("ref", t.Ref), ("territory", t.Territory), ("team", t.Team), ("status", t.Status.ToString().ToLowerInvariant()),
        ("priority", t.Priority.ToString().ToLowerInvariant()), ("created_at", t.CreatedAt.ToUnixTimeMilliseconds()),
        ("conversation", t.Conversation), ("summary", Json(t.Summary)), ("contact", Json(t.Contact)), ("transcript", Json(t.Transcript)),
        ("closed_at", t.ClosedAt?.ToUnixTimeMilliseconds()), ("outcome", t.Outcome), ("purged", t.Purged ? 1 : 0),
    ];

    private static Ticket Read(DbDataReader r) => new()
    {
        Ref = r.GetString(0),
        Territory = r.GetString(1),
        Team = r.GetString(2),
        Status = Enum.Parse<TicketStatus>(r.GetString(3), ignoreCase: true),
        Priority = Enum.Parse<TicketPriority>(r.GetString(4), ignoreCase: true),
        CreatedAt = DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(5)),
        Conversation = r.GetString(6),
        Summary = FromJson<TicketSummary>(r, 7),
        Contact = FromJson<TicketContact>(r, 8),
        Transcript = FromJson<List<TranscriptLine>>(r, 9),
        ClosedAt = r.IsDBNull(10) ? null : DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(10)),
        Outcome = r.IsDBNull(11) ? null : r.GetString(11),
        Purged = Convert.ToInt32(r.GetValue(12)) != 0,
    };

    private static string? Json<T>(T? value) where T : class =>
        value is null ? null : JsonSerializer.Serialize(value, ActivityJson.Options);

    private static T? FromJson<T>(DbDataReader r, int column) where T : class =>
        r.IsDBNull(column) ? null : JsonSerializer.Deserialize<T>(r.GetString(column), ActivityJson.Options);
}
