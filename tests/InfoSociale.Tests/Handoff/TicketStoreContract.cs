using InfoSociale.Core.Handoff;
using InfoSociale.Tests.TestSupport;

namespace InfoSociale.Tests.Handoff;

// What every ticket store must do, run against SQLite and PostgreSQL.
public abstract class TicketStoreContract : IDisposable
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    protected TempFolder Folder { get; } = new();

    public void Dispose() => Folder.Dispose();

    protected abstract Task<ITicketStore> CreateStoreAsync();

    private static Ticket NewTicket(string territory = "ge", string team = "ge-hospice-general", DateTimeOffset? at = null) => new()
    {
        Ref = "",
        Territory = territory,
        Team = team,
        CreatedAt = at ?? Monday,
        Conversation = "directline:" + Guid.NewGuid().ToString("N"),
        Summary = new TicketSummary { Needs = ["logement"], Facts = new Dictionary<string, string> { ["age"] = "72" }, EntriesShown = ["Allocation logement"] },
        Contact = new TicketContact("Awa", ContactWay.Phone, "+41791234567", null, "Le matin", "fr"),
        Transcript = [new TranscriptLine(Monday, "user", "<script>alert(1)</script> loyer")],
    };

    [StoreFact]
    public async Task A_created_ticket_reads_back_whole_under_a_fresh_reference_of_its_territory()
    {
        var store = await CreateStoreAsync();

        var created = await store.CreateAsync(NewTicket("paris", "paris-eps"));

        created.Ref.Should().MatchRegex("^PA-[2-9A-HJ-NP-Z]{4}$");
        (await store.FindAsync(created.Ref)).Should().BeEquivalentTo(created);
    }

    [StoreFact]
    public async Task An_unknown_reference_finds_nothing()
    {
        var store = await CreateStoreAsync();

        (await store.FindAsync("GE-2345")).Should().BeNull();
    }

    [StoreFact]
    public async Task Tickets_are_listed_newest_first_and_filtered_by_team_and_status()
    {
        var store = await CreateStoreAsync();
        var older = await store.CreateAsync(NewTicket(at: Monday));
        var newer = await store.CreateAsync(NewTicket(at: Monday.AddHours(1)));
        var other = await store.CreateAsync(NewTicket("ge", "ge-service-social-ville", Monday.AddMinutes(30)));
        await store.UpdateAsync(newer with { Status = TicketStatus.Claimed });

        (await store.ListAsync(new())).Select(t => t.Ref).Should().Equal(newer.Ref, other.Ref, older.Ref);
        (await store.ListAsync(new(Team: "ge-hospice-general"))).Select(t => t.Ref).Should().Equal(newer.Ref, older.Ref);
        (await store.ListAsync(new(Status: TicketStatus.Open))).Select(t => t.Ref).Should().BeEquivalentTo([other.Ref, older.Ref]);
    }

    [StoreFact]
    public async Task Purging_drops_the_personal_data_of_tickets_closed_before_the_cutoff_and_keeps_them_counted()
    {
        var store = await CreateStoreAsync();
        var closedLongAgo = await store.CreateAsync(NewTicket());
        var closedRecently = await store.CreateAsync(NewTicket());
        var open = await store.CreateAsync(NewTicket());
        await store.UpdateAsync(closedLongAgo with { Status = TicketStatus.Closed, ClosedAt = Monday, Outcome = "orienté" });
        await store.UpdateAsync(closedRecently with { Status = TicketStatus.Closed, ClosedAt = Monday.AddDays(80) });

        var purged = await store.PurgeClosedBeforeAsync(Monday.AddDays(1));

        purged.Should().Be(1);
        var anonymous = (await store.FindAsync(closedLongAgo.Ref))!;
        anonymous.Should().Match<Ticket>(t => t.Purged && t.Contact == null && t.Summary == null && t.Transcript == null && t.Outcome == null);
        anonymous.Team.Should().Be("ge-hospice-general");
        (await store.FindAsync(closedRecently.Ref))!.Contact.Should().NotBeNull();
        (await store.FindAsync(open.Ref))!.Contact.Should().NotBeNull();
        (await store.ListAsync(new())).Should().HaveCount(3);
    }

    [StoreFact]
    public async Task Refusals_are_counted_by_territory_without_anything_else()
    {
        var store = await CreateStoreAsync();

        await store.CountRefusalAsync("ge", new DateOnly(2026, 11, 23));
        await store.CountRefusalAsync("ge", new DateOnly(2026, 11, 23));
        await store.CountRefusalAsync("ge", new DateOnly(2026, 11, 24));
        await store.CountRefusalAsync("paris", new DateOnly(2026, 11, 24));

        (await store.RefusalsAsync("ge")).Should().Be(3);
        (await store.RefusalsAsync("paris")).Should().Be(1);
        (await store.ListAsync(new())).Should().BeEmpty();
    }
}

public sealed class SqliteTicketStoreTests : TicketStoreContract
{
    protected override Task<ITicketStore> CreateStoreAsync() =>
        Task.FromResult<ITicketStore>(SqlTicketStore.OpenSqlite(Folder.File(SqlTicketStore.FileName)));
}

[RequiresPostgres]
public sealed class PostgresTicketStoreTests : TicketStoreContract
{
    protected override async Task<ITicketStore> CreateStoreAsync() => SqlTicketStore.OpenPostgres(await TestPostgres.FreshSchemaAsync());
}
