using System.Text.Json;
using InfoSociale.Core.Handoff;
using Microsoft.Extensions.DependencyInjection;
using InfoSociale.Tests.DirectLine;
using InfoSociale.Tests.Web;

namespace InfoSociale.Tests.Handoff;

// The real host over real HTTP: a Web Chat resident may share the conversation itself, which the ticket then holds.
public sealed class HandoffOverDirectLineTests
{
    private static bool IsBotMessage(JsonElement activity) =>
        activity.GetProperty("type").GetString() == "message" && activity.GetProperty("from").GetProperty("role").GetString() == "bot";

    [Fact]
    public async Task A_resident_who_shares_the_conversation_gets_a_ticket_holding_it()
    {
        await using var host = await RunningHost.StartAsync(bot: null);
        var calls = new DirectLineCalls(host);
        var conversation = await calls.StartAsync();
        var replies = 1;
        await calls.WaitForAsync(conversation.Id, conversation.Token, set => set.Activities.Count(IsBotMessage) == replies);

        async Task<string> SayAsync(string text)
        {
            (await calls.PostMessageAsync(conversation.Id, conversation.Token, text)).EnsureSuccessStatusCode();
            var set = await calls.WaitForAsync(conversation.Id, conversation.Token, s => s.Activities.Count(IsBotMessage) > replies);
            replies = set.Activities.Count(IsBotMessage);
            return set.Activities.Last(IsBotMessage).GetProperty("text").GetString()!;
        }

        await SayAsync("aide pour payer mon loyer");
        (await SayAsync("Parler à une personne")).Should().Contain("Si vous le choisissez, l'équipe lit aussi notre conversation.");
        await SayAsync("Le résumé et la conversation");
        await SayAsync("Passer");
        await SayAsync("Je passerai à la permanence");
        var done = await SayAsync("Français");

        var tickets = await host.Services.GetRequiredService<ITicketStore>().ListAsync(new());
        var ticket = tickets.Should().ContainSingle().Which;
        done.Should().Contain(ticket.Ref);
        ticket.Conversation.Should().Be("directline:" + conversation.Id);
        ticket.Contact.Should().Be(new TicketContact(null, ContactWay.Permanence, null, null, null, "fr"));
        ticket.Transcript!.Select(line => (line.Role, line.Text)).Should().ContainInOrder(
            ("user", "aide pour payer mon loyer"), ("user", "Parler à une personne"));
        ticket.Transcript.Should().Contain(line => line.Role == "bot" && line.Text.Contains("vie privée"));
    }
}
