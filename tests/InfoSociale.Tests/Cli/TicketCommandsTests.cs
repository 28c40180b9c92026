using System.CommandLine;
using System.Text.Json;
using InfoSociale.Bot.Cli;
using InfoSociale.Core.Handoff;
using InfoSociale.Tests.TestSupport;

namespace InfoSociale.Tests.Cli;

public class TicketCommandsTests : IDisposable
{
    private readonly TempFolder _data = new();

    private async Task<Ticket> StoreAsync(string team, TicketStatus status, DateTimeOffset created, DateTimeOffset? closed = null)
    {
        var store = SqlTicketStore.OpenSqlite(_data.File(SqlTicketStore.FileName));
        var ticket = await store.CreateAsync(new Ticket
        {
            Ref = "", Territory = team.StartsWith("paris") ? "paris" : "ge", Team = team, CreatedAt = created,
            Conversation = "directline:abc",
            Summary = new TicketSummary { Needs = ["logement"] },
            Contact = new TicketContact("Awa", ContactWay.Phone, "+41791234567", null, null, "fr"),
        });
        await store.UpdateAsync(ticket with { Status = status, ClosedAt = closed });
        return ticket;
    }

    private async Task<(int Exit, string Output, string Error)> RunAsync(params string[] args)
    {
        var (output, error) = (new StringWriter(), new StringWriter());
        var exit = await VerbTable.Build().Parse([.. args, "--data", _data.Path]).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Tickets_list_json_prints_one_object_per_ticket_without_personal_data()
    {
        var monday = new DateTimeOffset(2026, 11, 23, 9, 15, 0, TimeSpan.Zero);
        var first = await StoreAsync("ge-hospice-general", TicketStatus.Open, monday);
        var second = await StoreAsync("paris-eps", TicketStatus.Claimed, monday.AddMinutes(5));

        var (exit, output, _) = await RunAsync("tickets", "list", "--json");

        exit.Should().Be(0);
        var rows = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement).ToList();
        rows.Select(r => r.GetProperty("ref").GetString()).Should().Equal(second.Ref, first.Ref);
        rows[1].EnumerateObject().Select(p => (p.Name, p.Value.GetString())).Should().Equal(
            ("ref", first.Ref), ("territory", "ge"), ("team", "ge-hospice-general"), ("status", "open"), ("priority", "normal"),
            ("created_at", "2026-11-23T09:15:00Z"));
        output.Should().NotContain("Awa").And.NotContain("+41791234567").And.NotContain("logement");
    }

    [Fact]
    public async Task Tickets_list_filters_by_team_and_status()
    {
        var now = DateTimeOffset.UtcNow;
        var open = await StoreAsync("ge-hospice-general", TicketStatus.Open, now);
        var closed = await StoreAsync("ge-hospice-general", TicketStatus.Closed, now, now);
        await StoreAsync("paris-eps", TicketStatus.Open, now);

        var (_, output, _) = await RunAsync("tickets", "list", "--team", "ge-hospice-general", "--status", "open");

        output.Should().Contain(open.Ref).And.NotContain(closed.Ref).And.NotContain("paris-eps").And.Contain("1 ticket(s)");
    }

    [Theory]
    [InlineData("--status", "nope", "tickets list: unknown status 'nope' (use open, claimed or closed).")]
    [InlineData("--team", "ge-nope", "tickets list: unknown team 'ge-nope'")]
    public async Task An_unknown_filter_is_refused_with_what_is_allowed(string option, string value, string message)
    {
        var (exit, _, error) = await RunAsync("tickets", "list", option, value);

        exit.Should().Be(2);
        error.Should().StartWith(message);
    }

    [Fact]
    public async Task Purge_drops_the_personal_data_of_tickets_closed_long_ago()
    {
        var old = await StoreAsync("ge-hospice-general", TicketStatus.Closed, DateTimeOffset.UtcNow.AddDays(-200), DateTimeOffset.UtcNow.AddDays(-100));
        var recent = await StoreAsync("ge-hospice-general", TicketStatus.Closed, DateTimeOffset.UtcNow.AddDays(-20), DateTimeOffset.UtcNow.AddDays(-10));

        var (exit, output, _) = await RunAsync("purge");

        exit.Should().Be(0);
        output.Should().Contain("tickets: 1 purged of personal data (closed more than 90 days ago)");
        var store = SqlTicketStore.OpenSqlite(_data.File(SqlTicketStore.FileName));
        (await store.FindAsync(old.Ref))!.Contact.Should().BeNull();
        (await store.FindAsync(recent.Ref))!.Contact.Should().NotBeNull();
    }

    public void Dispose() => _data.Dispose();
}
