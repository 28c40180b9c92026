using InfoSociale.Core.Conversations;
using InfoSociale.Tests.TestSupport;

namespace InfoSociale.Tests.Conversations;

// What every IConversationStore must do, run against each real engine by a three-line subclass.
public abstract class ConversationStoreContract : IDisposable
{
    protected ManualClock Clock { get; } = new(new DateTimeOffset(2026, 11, 21, 12, 0, 0, TimeSpan.Zero));

    // For stores kept in files.
    protected TempFolder Folder { get; } = new();

    public void Dispose() => Folder.Dispose();

    protected abstract Task<IConversationStore> CreateStoreAsync();

    private static string NewKey() => "test:" + Guid.NewGuid().ToString("N");

    [StoreFact]
    public async Task An_unknown_key_reads_as_empty()
    {
        var store = await CreateStoreAsync();

        var state = await store.ReadAsync(NewKey());

        state.Should().Be(StoredState.Empty);
        state.Exists.Should().BeFalse();
    }

    [StoreFact]
    public async Task A_written_state_reads_back_with_the_etag_the_write_returned()
    {
        var store = await CreateStoreAsync();
        var key = NewKey();

        var etag = await store.WriteAsync(key, """{"welcomed":true,"text":"Genève, café"}""", null);

        (await store.ReadAsync(key)).Should().Be(new StoredState("""{"welcomed":true,"text":"Genève, café"}""", etag));
    }

    [StoreFact]
    public async Task Each_write_issues_a_new_etag()
    {
        var store = await CreateStoreAsync();
        var key = NewKey();

        var first = await store.WriteAsync(key, "{}", null);
        var second = await store.WriteAsync(key, "{}", first);

        second.Should().NotBe(first);
    }

    [StoreFact]
    public async Task A_write_with_a_stale_etag_is_refused_and_keeps_the_newer_state()
    {
        var store = await CreateStoreAsync();
        var key = NewKey();
        var read = await store.WriteAsync(key, """{"turn":1}""", null);
        await store.WriteAsync(key, """{"turn":2}""", read);

        var stale = () => store.WriteAsync(key, """{"turn":"stale"}""", read);

        (await stale.Should().ThrowAsync<ConcurrencyConflictException>()).Which.Key.Should().Be(key);
        (await store.ReadAsync(key)).Json.Should().Be("""{"turn":2}""");
    }

    [StoreFact]
    public async Task Creating_a_key_that_another_turn_created_first_is_a_conflict()
    {
        var store = await CreateStoreAsync();
        var key = NewKey();
        await store.WriteAsync(key, """{"by":"first"}""", null);

        var second = () => store.WriteAsync(key, """{"by":"second"}""", null);

        await second.Should().ThrowAsync<ConcurrencyConflictException>();
    }

    [StoreFact]
    public async Task A_star_etag_writes_whatever_is_stored()
    {
        var store = await CreateStoreAsync();
        var existing = NewKey();
        await store.WriteAsync(existing, """{"old":true}""", null);

        await store.WriteAsync(existing, """{"new":true}""", ETags.Any);
        await store.WriteAsync(NewKey(), """{"new":true}""", ETags.Any);

        (await store.ReadAsync(existing)).Json.Should().Be("""{"new":true}""");
    }

    [StoreFact]
    public async Task Updating_a_deleted_key_with_its_old_etag_is_a_conflict()
    {
        var store = await CreateStoreAsync();
        var key = NewKey();
        var etag = await store.WriteAsync(key, "{}", null);
        await store.DeleteAsync(key);

        var update = () => store.WriteAsync(key, "{}", etag);

        await update.Should().ThrowAsync<ConcurrencyConflictException>();
    }

    [StoreFact]
    public async Task Deleting_forgets_the_state_and_deleting_an_unknown_key_is_harmless()
    {
        var store = await CreateStoreAsync();
        var key = NewKey();
        await store.WriteAsync(key, "{}", null);

        await store.DeleteAsync(key);
        await store.DeleteAsync(NewKey());

        (await store.ReadAsync(key)).Should().Be(StoredState.Empty);
    }

    [StoreFact]
    public async Task Purging_deletes_the_states_last_written_before_the_cutoff_only()
    {
        var store = await CreateStoreAsync();
        var (old, touched, recent) = (NewKey(), NewKey(), NewKey());
        var start = Clock.Now;
        await store.WriteAsync(old, """{"n":1}""", null);
        var touchedETag = await store.WriteAsync(touched, """{"n":2}""", null);
        Clock.Now = start.AddDays(20);
        await store.WriteAsync(touched, """{"n":3}""", touchedETag);
        await store.WriteAsync(recent, """{"n":4}""", null);
        Clock.Now = start.AddDays(40);

        var purged = await store.PurgeOlderThanAsync(Clock.Now.AddDays(-30));

        purged.Should().Be(1);
        (await store.ReadAsync(old)).Exists.Should().BeFalse();
        (await store.ReadAsync(touched)).Json.Should().Be("""{"n":3}""");
        (await store.ReadAsync(recent)).Exists.Should().BeTrue();
    }

    [StoreFact]
    public async Task Of_two_turns_racing_on_one_read_exactly_one_saves()
    {
        var store = await CreateStoreAsync();
        var key = NewKey();
        var read = await store.WriteAsync(key, "{}", null);

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(async i =>
        {
            try { await store.WriteAsync(key, $$"""{"turn":{{i}}}""", read); return true; }
            catch (ConcurrencyConflictException) { return false; }
        }));

        results.Count(saved => saved).Should().Be(1);
    }
}
