using InfoSociale.Bot.DirectLine;
using System.Net;
using System.Text.Json;
using InfoSociale.Core.Conversations;
using InfoSociale.Tests.DirectLine;
using InfoSociale.Tests.TestSupport;
using InfoSociale.Tests.Web;

namespace InfoSociale.Tests.Assistant;

// The real host with the real assistant (no stand-in bot), over real HTTP: what Web Chat will see.
public sealed class AssistantOverDirectLineTests
{
    private static bool IsBotMessage(JsonElement activity) =>
        activity.GetProperty("type").GetString() == "message" && activity.GetProperty("from").GetProperty("role").GetString() == "bot";

    [Fact]
    public async Task The_host_is_ready_once_started_and_the_assistant_welcomes_then_answers_with_cards()
    {
        await using var host = await RunningHost.StartAsync(bot: null);
        var calls = new DirectLineCalls(host);

        (await host.Http.GetAsync("health/ready")).StatusCode.Should().Be(HttpStatusCode.OK);
        var conversation = await calls.StartAsync();
        var welcomed = await calls.WaitForAsync(conversation.Id, conversation.Token, set => set.Texts.Any(t => t?.Contains("vie privée") == true));
        var welcome = welcomed.Activities.Single(IsBotMessage);
        welcome.GetProperty("locale").GetString().Should().Be("fr-FR");
        welcome.GetProperty("text").GetString().Should().Contain("Genève");

        (await calls.PostMessageAsync(conversation.Id, conversation.Token, "aide pour payer mon loyer")).EnsureSuccessStatusCode();
        var answered = await calls.WaitForAsync(conversation.Id, conversation.Token, set => set.Activities.Count(IsBotMessage) == 2);

        var question = answered.Activities.Single(a => a.GetProperty("from").GetProperty("role").GetString() == "user");
        var answer = answered.Activities.Last(IsBotMessage);
        answer.GetProperty("replyToId").GetString().Should().Be(question.GetProperty("id").GetString());
        answer.GetProperty("attachments")[0].GetProperty("contentType").GetString().Should().Be("application/vnd.microsoft.card.hero");
        answer.GetProperty("suggestedActions").GetProperty("actions").EnumerateArray().Select(a => a.GetProperty("title").GetString())
            .Should().Equal("Plus de détails", "Où aller ?", "Une autre question", "Parler à une personne");
    }

    [Fact]
    public async Task A_conversation_started_for_paris_is_answered_for_paris()
    {
        await using var host = await RunningHost.StartAsync(bot: null);
        var calls = new DirectLineCalls(host);

        var conversation = await calls.StartAsync(territory: "paris");

        var welcomed = await calls.WaitForAsync(conversation.Id, conversation.Token, set => set.Activities.Any(IsBotMessage));
        welcomed.Texts.Single(t => t is not null).Should().Contain("Paris");
    }

    [Fact]
    public async Task Starting_the_host_deletes_conversations_older_than_the_retention()
    {
        using var data = new TempFolder();
        var longAgo = new ManualClock(DateTimeOffset.UtcNow.AddDays(-31));
        var before = SqliteConversationStore.Open(data.File(SqliteConversationStore.FileName), longAgo);
        await before.WriteAsync("directline:forgotten", "{}", null);
        longAgo.Now = DateTimeOffset.UtcNow.AddDays(-29);
        await before.WriteAsync("directline:kept", "{}", null);

        await using var host = await RunningHost.StartAsync(bot: null, dataDirectory: data.Path,
            settings: new Dictionary<string, string?> { ["InfoSociale:State:RetentionDays"] = "30" });

        var store = SqliteConversationStore.Open(data.File(SqliteConversationStore.FileName), TimeProvider.System);
        for (var wait = 0; wait < 200 && (await store.ReadAsync("directline:forgotten")).Exists; wait++) await Task.Delay(25);
        (await store.ReadAsync("directline:forgotten")).Exists.Should().BeFalse();
        (await store.ReadAsync("directline:kept")).Exists.Should().BeTrue();
    }

    [Fact]
    public async Task Starting_the_host_deletes_direct_line_transcripts_older_than_the_retention()
    {
        using var data = new TempFolder();
        using (var before = new DirectLineStore(data.File("directline.db")))
        {
            foreach (var id in new[] { "oubliee", "gardee" })
                before.CreateConversation(new ConversationRecord(id, "ge", "user-1", "fr-FR", Started: true));
            before.AppendActivities([
                new PendingActivity("oubliee", 1, DateTimeOffset.UtcNow.AddDays(-31).ToUnixTimeMilliseconds(), """{"text":"mon adresse"}"""),
                new PendingActivity("gardee", 1, DateTimeOffset.UtcNow.AddDays(-29).ToUnixTimeMilliseconds(), """{"text":"bonjour"}"""),
            ]);
        }

        await using var host = await RunningHost.StartAsync(bot: null, dataDirectory: data.Path,
            settings: new Dictionary<string, string?> { ["InfoSociale:State:RetentionDays"] = "30" });
        var calls = new DirectLineCalls(host);

        HttpStatusCode forgotten = default;
        for (var wait = 0; wait < 200; wait++)
        {
            using var response = await calls.SendAsync(HttpMethod.Get, "v3/directline/conversations/oubliee/activities", host.Secret, null);
            forgotten = response.StatusCode;
            if (forgotten == HttpStatusCode.NotFound) break;
            await Task.Delay(25);
        }
        forgotten.Should().Be(HttpStatusCode.NotFound);
        (await calls.GetActivitiesAsync("gardee", host.Secret)).Texts.Should().Equal("bonjour");
    }
}
