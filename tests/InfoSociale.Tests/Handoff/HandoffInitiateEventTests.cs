using InfoSociale.Core.Activities;
using InfoSociale.Tests.TestSupport;
using InfoSociale.Tests.Transcripts;

namespace InfoSociale.Tests.Handoff;

// The Bot Framework handoff convention for contact centres: off by default, one handoff.initiate event per ticket when on.
public class HandoffInitiateEventTests(RealAssistant assistant) : IClassFixture<RealAssistant>
{
    private static readonly string[] Consent = ["parler à une personne", "Le résumé seulement", "Passer", "Je passerai à la permanence", "Français"];

    private async Task<List<Activity>> HandOverAsync(bool initiateEvent)
    {
        var conversation = Transcript.Start(assistant.Bot(new ManualClock(DateTimeOffset.UtcNow), initiateEvent)).Conversation;
        var replies = new List<Activity>();
        foreach (var line in Consent)
        {
            await conversation.SayAsync(line);
            while (conversation.Unread.Count > 0) replies.Add(conversation.Read());
        }
        return replies;
    }

    [Fact]
    public async Task With_the_event_on_each_ticket_sends_handoff_initiate_with_its_reference_and_team()
    {
        var replies = await HandOverAsync(initiateEvent: true);

        var initiate = replies.Should().ContainSingle(a => a.Type == ActivityTypes.Event).Which;
        initiate.Name.Should().Be("handoff.initiate");
        var reference = initiate.Value!.Value.GetProperty("reference").GetString();
        (await assistant.Tickets.FindAsync(reference!))!.Team.Should().Be("ge-hospice-general");
        initiate.Value.Value.GetProperty("team").GetString().Should().Be("ge-hospice-general");
        initiate.Conversation.Should().Be(replies[0].Conversation);
        initiate.Value.Value.EnumerateObject().Select(p => p.Name).Should().Equal("reference", "territory", "team", "priority");
    }

    [Fact]
    public async Task By_default_no_event_is_sent()
    {
        (await HandOverAsync(initiateEvent: false)).Should().NotContain(a => a.Type == ActivityTypes.Event);
    }
}
