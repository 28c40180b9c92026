using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using InfoSociale.Bot.Composition;
using InfoSociale.Bot.Hosting;
using InfoSociale.Core;
using InfoSociale.Core.Conversations;
using InfoSociale.Core.Handoff;

namespace InfoSociale.Bot.Cli;

// ./infosociale tickets list [--data DIR] [--team T] [--status S] [--json]: the handed-over requests for operators,
// without any personal data. ./infosociale purge [--data DIR]: applies the retention now (what the daily job does).
public static class TicketCommands
{
    public static IEnumerable<Command> All()
    {
        var tickets = new Command("tickets", "Requests handed to teams (no personal data).");
        tickets.Subcommands.Add(List());
        yield return tickets;
        yield return Purge();
    }

    private static Option<string?> DataOption() => new("--data") { Description = $"Data folder; default {ProjectPaths.DefaultData}." };

    private static Command List()
    {
        var data = DataOption();
        var team = new Option<string?>("--team") { Description = "Only this team's tickets (an id of knowledge-base/equipes.yaml)." };
        var status = new Option<string?>("--status") { Description = "Only tickets in this status: open, claimed or closed." };
        var json = new Option<bool>("--json") { Description = "One JSON object per line instead of a table." };
        var command = new Command("list", "Lists tickets, newest first: reference, territory, team, status, priority, creation time.") { data, team, status, json };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            TicketStatus? wanted = null;
            if (parse.GetValue(status) is { } statusText)
            {
                if (!Enum.TryParse<TicketStatus>(statusText, ignoreCase: true, out var parsed) || int.TryParse(statusText, out _))
                {
                    error.WriteLine($"tickets list: unknown status '{statusText}' (use open, claimed or closed).");
                    return 2;
                }
                wanted = parsed;
            }
            await using var services = Services(parse.GetValue(data));
            var teams = services.GetRequiredService<TeamDirectory>();
            if (parse.GetValue(team) is { } teamId && teams.Find(teamId) is null)
            {
                error.WriteLine($"tickets list: unknown team '{teamId}' (teams: {string.Join(", ", teams.Teams.Select(t => t.Id))}).");
                return 2;
            }
            var found = await services.GetRequiredService<ITicketStore>().ListAsync(new TicketFilter(parse.GetValue(team), wanted), cancellationToken);
            if (parse.GetValue(json))
            {
                foreach (var ticket in found) output.WriteLine(JsonSerializer.Serialize(Row(ticket)));
                return 0;
            }
            output.WriteLine($"{"ref",-8} {"territory",-9} {"team",-26} {"status",-8} {"priority",-8} created_at");
            foreach (var row in found.Select(Row))
                output.WriteLine($"{row.Ref,-8} {row.Territory,-9} {row.Team,-26} {row.Status,-8} {row.Priority,-8} {row.CreatedAt}");
            output.WriteLine($"{found.Count} ticket(s)");
            return 0;
        });
        return command;
    }

    private static Command Purge()
    {
        var data = DataOption();
        var command = new Command("purge", "Applies the retention now: conversations untouched for InfoSociale:State:RetentionDays, "
            + "and the personal data of tickets closed more than InfoSociale:Tickets:RetentionDays ago.") { data };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var output = parse.InvocationConfiguration.Output;
            await using var services = Services(parse.GetValue(data));
            var conversations = services.GetRequiredService<ConversationRetention>();
            var tickets = services.GetRequiredService<TicketRetention>();
            output.WriteLine($"conversations: {await conversations.PurgeAsync(cancellationToken)} deleted (untouched for more than {conversations.Days} days)");
            output.WriteLine($"tickets: {await tickets.PurgeAsync(cancellationToken)} purged of personal data (closed more than {tickets.Days} days ago)");
            return 0;
        });
        return command;
    }

    private sealed record TicketRow(
        [property: System.Text.Json.Serialization.JsonPropertyName("ref")] string Ref,
        [property: System.Text.Json.Serialization.JsonPropertyName("territory")] string Territory,
        [property: System.Text.Json.Serialization.JsonPropertyName("team")] string Team,
        [property: System.Text.Json.Serialization.JsonPropertyName("status")] string Status,
        [property: System.Text.Json.Serialization.JsonPropertyName("priority")] string Priority,
        [property: System.Text.Json.Serialization.JsonPropertyName("created_at")] string CreatedAt);

    private static TicketRow Row(Ticket t) => new(t.Ref, t.Territory, t.Team, t.Status.ToString().ToLowerInvariant(),
        t.Priority.ToString().ToLowerInvariant(), t.CreatedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));

    private static ServiceProvider Services(string? dataDirectory) => new ServiceCollection()
        .AddLogging()
        .AddSingleton(new DataFolder(dataDirectory ?? ProjectPaths.DefaultData))
        .AddConversationServices(new ConfigurationBuilder().AddEnvironmentVariables().Build())
        .BuildServiceProvider();
}
