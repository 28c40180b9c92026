using InfoSociale.Core.Activities;
using InfoSociale.Core.Conversations;
using InfoSociale.Core.Dialogs;
using InfoSociale.Tests.TestSupport;

namespace InfoSociale.Tests.Conversations;

public sealed class TurnRunnerTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    // A real SQLite store that counts writes and can let "another turn" save first.
    private sealed class ObservedStore(IConversationStore inner) : IConversationStore
    {
        public int Reads { get; private set; }
        public int Writes { get; private set; }
        public int RacesToLose { get; set; }

        public Task<StoredState> ReadAsync(string key, CancellationToken cancellationToken = default)
        {
            Reads++;
            return inner.ReadAsync(key, cancellationToken);
        }

        public async Task<string> WriteAsync(string key, string state, string? expectedETag, CancellationToken cancellationToken = default)
        {
            if (RacesToLose > 0)
            {
                RacesToLose--;
                await inner.WriteAsync(key, """{"welcomed":true,"answers":{"by":"the other turn"}}""", ETags.Any, cancellationToken);
            }
            Writes++;
            return await inner.WriteAsync(key, state, expectedETag, cancellationToken);
        }

        public Task DeleteAsync(string key, CancellationToken cancellationToken = default) => inner.DeleteAsync(key, cancellationToken);

        public Task<int> PurgeOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken = default) =>
            inner.PurgeOlderThanAsync(cutoff, cancellationToken);
    }

    private ObservedStore Store() => new(SqliteConversationStore.Open(_folder.File("state.db"), TimeProvider.System));

    private static CollectingTurnContext Message(string text) => new(new Activity
    {
        Id = "a1", Text = text, ChannelId = "test", Conversation = new ConversationAccount("c1"),
        From = new ChannelAccount("u1"), Recipient = new ChannelAccount("bot"),
    });

    // Counts the messages of the conversation in its answers, and says the count.
    private static Task<TurnOutcome> Count(Turn turn, CancellationToken cancellationToken)
    {
        var seen = turn.State.Answers.TryGetValue("seen", out var n) ? int.Parse(n) + 1 : 1;
        turn.State = turn.State with { Answers = new Dictionary<string, string>(turn.State.Answers) { ["seen"] = seen.ToString() } };
        turn.Say($"Message {seen}.");
        return Task.FromResult(TurnOutcome.NoActiveDialog);
    }

    [Fact]
    public async Task State_is_read_once_and_saved_once_per_turn()
    {
        var store = Store();
        var runner = new TurnRunner(store, Messages.Load());

        await runner.RunAsync(Message("un"), "ge", Count, default);
        await runner.RunAsync(Message("deux"), "ge", Count, default);

        (store.Reads, store.Writes).Should().Be((2, 2));
        (await store.ReadAsync("test:c1")).Json.Should().Contain("\"seen\":\"2\"");
    }

    [Fact]
    public async Task A_turn_that_changes_nothing_saves_nothing()
    {
        var store = Store();
        var runner = new TurnRunner(store, Messages.Load());
        await runner.RunAsync(Message("un"), "ge", Count, default);

        await runner.RunAsync(Message("rien"), "ge", (turn, _) => Task.FromResult(TurnOutcome.NoActiveDialog), default);

        store.Writes.Should().Be(1);
    }

    [Fact]
    public async Task A_turn_that_lost_a_race_runs_again_on_the_fresh_state_and_answers_once()
    {
        var store = Store();
        var runner = new TurnRunner(store, Messages.Load());
        var context = Message("un");
        store.RacesToLose = 1;

        await runner.RunAsync(context, "ge", Count, default);

        context.Replies.Select(r => r.Text).Should().Equal("Message 1.");
        var saved = (await store.ReadAsync("test:c1")).Json;
        saved.Should().Contain("\"by\":\"the other turn\"").And.Contain("\"seen\":\"1\"");
    }

    [Fact]
    public async Task A_second_lost_race_is_reported_and_nothing_is_sent()
    {
        var store = Store();
        var runner = new TurnRunner(store, Messages.Load());
        var context = Message("un");
        store.RacesToLose = 2;

        var run = () => runner.RunAsync(context, "ge", Count, default);

        await run.Should().ThrowAsync<ConcurrencyConflictException>();
        context.Replies.Should().BeEmpty();
    }
}
