using InfoSociale.Core.Activities;
using InfoSociale.Core.Answers;
using InfoSociale.Tests.TestSupport;

namespace InfoSociale.Tests.Transcripts;

// Every scripts/*.yaml conversation, run through the real assistant (dialog engine, search index, knowledge base).
public class TranscriptScriptTests(RealAssistant assistant) : IClassFixture<RealAssistant>
{
    public static TheoryData<string> Scripts()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(TranscriptScript.Folder, "*.yaml").Order(StringComparer.Ordinal))
            data.Add(Path.GetFileName(file));
        return data;
    }

    [Fact]
    public void There_are_at_least_forty_scripts()
    {
        Directory.GetFiles(TranscriptScript.Folder, "*.yaml").Should().HaveCountGreaterThanOrEqualTo(40);
    }

    [Theory]
    [MemberData(nameof(Scripts))]
    public async Task The_conversation_goes_as_scripted(string script)
    {
        var transcript = TranscriptScript.Load(script);
        var bot = assistant.Bot(new ManualClock(transcript.Now));
        var conversation = Transcript.Start(bot, transcript.Territory).Conversation;
        var reference = "";

        for (var i = 0; i < transcript.Turns.Count; i++)
        {
            var turn = transcript.Turns[i];
            var feedbackBefore = (await assistant.Feedback.ReadAllAsync(CancellationToken.None)).Count;
            var ticketsBefore = await assistant.Tickets.ListAsync(new());
            var refusalsBefore = await assistant.Tickets.RefusalsAsync(transcript.Territory);
            await conversation.SayAsync(turn.User.Replace("{ref}", reference));
            var replies = new List<Activity>();
            while (conversation.Unread.Count > 0) replies.Add(conversation.Read());
            var where = $"{script}, turn {i + 1} (\"{turn.User}\")";
            Check(turn, replies, where);
            var newTickets = (await assistant.Tickets.ListAsync(new())).ExceptBy(ticketsBefore.Select(t => t.Ref), t => t.Ref).ToList();
            if (turn.Ticket is { } team)
            {
                newTickets.Should().ContainSingle(where).Which.Team.Should().Be(team, where);
                reference = newTickets[0].Ref;
                if (turn.Priority is { } priority) newTickets[0].Priority.ToString().ToLowerInvariant().Should().Be(priority, where);
                string.Join("\n", replies.Select(r => r.Text)).Should().Contain(reference, $"{where}: the resident is told the reference");
            }
            else
                newTickets.Should().BeEmpty(where);
            (await assistant.Tickets.RefusalsAsync(transcript.Territory)).Should().Be(refusalsBefore + (turn.Refused ? 1 : 0), where);
            if (turn.Feedback is { } helpful)
                (await assistant.Feedback.ReadAllAsync(CancellationToken.None)).Skip(feedbackBefore).Should()
                    .ContainSingle(where).Which.Helpful.Should().Be(helpful, where);
        }
    }

    private void Check(ScriptTurn turn, IReadOnlyList<Activity> replies, string where)
    {
        if (turn.Silent)
        {
            replies.Should().BeEmpty(where);
            return;
        }
        replies.Should().NotBeEmpty(where);
        var texts = string.Join("\n", replies.Select(Visible));
        var suggestions = replies.SelectMany(r => r.SuggestedActions?.Actions ?? []).ToList();

        if (turn.Urgent is { } urgent)
            suggestions.Any(a => a.Type == "call").Should().Be(urgent, $"{where}: urgent should be {urgent}; the bot said:\n{texts}");
        foreach (var id in turn.Entries)
            texts.Should().Contain(Title(id), $"{where}: {id} should appear");
        if (turn.First is { } first)
            replies.SelectMany(CardTitles).FirstOrDefault().Should().Be(Title(first), $"{where}: {first} should be the first card");
        foreach (var id in turn.NoEntries)
            texts.Should().NotContain(Title(id), $"{where}: {id} should not appear");
        foreach (var title in turn.Suggestions)
            suggestions.Select(a => a.Title).Should().Contain(title, $"{where}; the bot said:\n{texts}");
        foreach (var fragment in turn.Says)
            texts.Should().Contain(fragment, where);
        if (turn.Asks is { } question)
            replies[^1].Text.Should().Contain(question, $"{where}: the last reply should ask this; the bot said:\n{texts}");
    }

    private string Title(string id) =>
        assistant.Catalog.Find(id)?.Title ?? throw new InvalidOperationException($"the script names an unknown entry {id}");

    private static IEnumerable<string> CardTitles(Activity reply) => (reply.Attachments ?? [])
        .Where(a => a.ContentType == HeroCard.ContentType && a.Content is not null)
        .Select(a => a.Content!.Value.TryGetProperty("title", out var v) ? v.GetString() : null)
        .OfType<string>();

    // What the resident sees: the text, the cards' titles, subtitles and texts.
    private static string Visible(Activity reply) => string.Join("\n",
        new[] { reply.Text ?? "" }.Concat((reply.Attachments ?? [])
            .Where(a => a.ContentType == HeroCard.ContentType && a.Content is not null)
            .SelectMany(a => new[] { "title", "subtitle", "text" }
                .Select(p => a.Content!.Value.TryGetProperty(p, out var v) && v.ValueKind == System.Text.Json.JsonValueKind.String ? v.GetString() : null))
            .OfType<string>()));
}
