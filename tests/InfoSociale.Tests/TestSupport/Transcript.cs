using System.Runtime.CompilerServices;
using System.Text.Json;
using InfoSociale.Core.Activities;
using InfoSociale.Core.Conversations;

namespace InfoSociale.Tests.TestSupport;

// A conversation test read as a transcript:
//   await Transcript.Start(bot).User("bonjour").ExpectBot("Bonjour ! …").User("2").ExpectBotContaining("Santé");
// Every reply must be expected before the resident speaks again, so nothing the bot says goes unchecked.
public sealed class Transcript
{
    private readonly TestConversation _conversation;
    private readonly Task _done;

    private Transcript(TestConversation conversation, Task done)
    {
        _conversation = conversation;
        _done = done;
    }

    public static Transcript Start(IBot bot, string? territory = null, string? conversationId = null) =>
        new(new TestConversation(bot, territory, conversationId ?? Guid.NewGuid().ToString("N")), Task.CompletedTask);

    public TestConversation Conversation => _conversation;

    // The resident opens the chat: conversationUpdate with the resident in membersAdded.
    public Transcript Joins() => Then(() => _conversation.JoinAsync());

    public Transcript User(string text) => Then(() => _conversation.SayAsync(text));

    public Transcript Send(Activity activity) => Then(() => _conversation.SendAsync(activity));

    public Transcript ExpectBot(string text) => Expect(reply => reply.Text.Should().Be(text));

    public Transcript ExpectBotContaining(params string[] fragments) =>
        Expect(reply => { foreach (var fragment in fragments) reply.Text.Should().Contain(fragment); });

    public Transcript ExpectBot(Action<Activity> check) => Expect(check);

    // The suggested actions of the reply read last, in order.
    public Transcript WithSuggestions(params string[] titles) => Then(() =>
    {
        var last = _conversation.LastRead ?? throw new InvalidOperationException("No bot reply was read yet.");
        (last.SuggestedActions?.Actions.Select(a => a.Title) ?? []).Should().Equal(titles);
        return Task.CompletedTask;
    });

    public Transcript ExpectNoMoreReplies() => Then(() =>
    {
        _conversation.Unread.Should().BeEmpty("the bot should have said nothing more");
        return Task.CompletedTask;
    });

    public TaskAwaiter GetAwaiter() => _done.GetAwaiter();

    private Transcript Expect(Action<Activity> check) => Then(() =>
    {
        var reply = _conversation.Read();
        check(reply);
        return Task.CompletedTask;
    });

    private Transcript Then(Func<Task> next) => new(_conversation, Chain(_done, next));

    private static async Task Chain(Task previous, Func<Task> next)
    {
        await previous;
        await next();
    }
}

// The channel side of a test conversation: numbers activities, runs the bot, queues its replies.
public sealed class TestConversation(IBot bot, string? territory, string conversationId)
{
    private readonly Queue<Activity> _unread = new();
    private int _sequence;

    public ChannelAccount Resident { get; } = new("resident-1", "Habitante", "user");

    public ChannelAccount Bot { get; } = new("infosociale-bot", "InfoSociale");

    public List<Activity> Sent { get; } = [];

    public IReadOnlyCollection<Activity> Unread => _unread;

    public Activity? LastRead { get; private set; }

    public Activity? LastSent { get; private set; }

    public Task JoinAsync() => SendAsync(new Activity
    {
        Type = ActivityTypes.ConversationUpdate,
        MembersAdded = [Bot, Resident],
    });

    public Task SayAsync(string text) => SendAsync(new Activity { Type = ActivityTypes.Message, Text = text, Locale = "fr-FR" });

    public async Task SendAsync(Activity activity)
    {
        if (_unread.Count > 0)
            throw new InvalidOperationException(
                $"The bot said {_unread.Count} thing(s) the transcript did not expect, first: \"{_unread.Peek().Text}\".");
        var incoming = activity with
        {
            Id = activity.Id ?? $"{conversationId}|{++_sequence:D7}",
            ChannelId = activity.ChannelId ?? "test",
            Conversation = activity.Conversation ?? new ConversationAccount(conversationId),
            From = activity.From ?? (activity.Type == ActivityTypes.ConversationUpdate ? null : Resident),
            Recipient = activity.Recipient ?? Bot,
            ChannelData = activity.ChannelData ?? (territory is null
                ? null
                : JsonSerializer.SerializeToElement(new Dictionary<string, string> { ["territory"] = territory })),
        };
        LastSent = incoming;
        var context = new CollectingTurnContext(incoming);
        await bot.OnTurnAsync(context, CancellationToken.None);
        foreach (var reply in context.Replies)
        {
            Sent.Add(reply);
            _unread.Enqueue(reply);
        }
    }

    public Activity Read()
    {
        if (_unread.Count == 0) throw new InvalidOperationException("The bot said nothing more, but the transcript expected a reply.");
        LastRead = _unread.Dequeue();
        return LastRead;
    }
}

public sealed class CollectingTurnContext(Activity activity) : ITurnContext
{
    public List<Activity> Replies { get; } = [];

    public Activity Activity { get; } = activity;

    public Task SendAsync(Activity reply, CancellationToken cancellationToken)
    {
        Replies.Add(reply);
        return Task.CompletedTask;
    }
}
