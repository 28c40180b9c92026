using InfoSociale.Core.Conversations;
using InfoSociale.Tests.TestSupport;

namespace InfoSociale.Tests.Conversations;

public sealed class ConversationRetentionTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 1, 1, 9, 0, 0, TimeSpan.Zero));

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Forgets_conversations_untouched_for_longer_than_the_retention()
    {
        var store = SqliteConversationStore.Open(_folder.File("state.db"), _clock);
        await store.WriteAsync("webchat:old", "{}", null);
        _clock.Now = _clock.Now.AddDays(25);
        await store.WriteAsync("webchat:recent", "{}", null);
        _clock.Now = _clock.Now.AddDays(10);

        var purged = await new ConversationRetention(store, _clock, days: 30).PurgeAsync();

        purged.Should().Be(1);
        (await store.ReadAsync("webchat:old")).Exists.Should().BeFalse();
        (await store.ReadAsync("webchat:recent")).Exists.Should().BeTrue();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    public void Refuses_a_retention_shorter_than_a_day(int days)
    {
        var store = SqliteConversationStore.Open(_folder.File("state.db"), _clock);

        var create = () => new ConversationRetention(store, _clock, days);

        create.Should().Throw<ArgumentOutOfRangeException>().WithMessage("*at least one day (got*");
    }
}
