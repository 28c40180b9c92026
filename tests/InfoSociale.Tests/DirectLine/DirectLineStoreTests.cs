using InfoSociale.Bot.DirectLine;
using InfoSociale.Tests.TestSupport;
using Microsoft.Data.Sqlite;

namespace InfoSociale.Tests.DirectLine;

public sealed class DirectLineStoreTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    // A directline.db as the first version wrote it (no `ended` column), with one started conversation, plus `more` SQL.
    private string OlderFile(string more)
    {
        var file = _folder.File("directline.db");
        using var old = new SqliteConnection($"Data Source={file};Pooling=False");
        old.Open();
        using var create = old.CreateCommand();
        create.CommandText = $"""
            CREATE TABLE conversations (id TEXT PRIMARY KEY, territory TEXT NOT NULL, user_id TEXT, locale TEXT,
                started INTEGER NOT NULL DEFAULT 0, created_utc TEXT NOT NULL);
            INSERT INTO conversations VALUES ('ancienne', 'ge', 'user-1', 'fr-FR', 1, '2026-11-01T10:00:00Z');
            {more}
            """;
        create.ExecuteNonQuery();
        return file;
    }

    [Fact]
    public void A_file_written_before_conversations_could_end_opens_with_its_conversations_still_open()
    {
        using var store = new DirectLineStore(OlderFile(""));
        var found = store.FindConversation("ancienne");

        found!.Value.Conversation.Should().Be(new ConversationRecord("ancienne", "ge", "user-1", "fr-FR", Started: true));
        store.UpdateConversation(found.Value.Conversation with { Ended = true });
        store.FindConversation("ancienne")!.Value.Conversation.Ended.Should().BeTrue();
    }

    [Fact]
    public void A_file_from_before_activity_log_has_its_activities_moved_over_in_order()
    {
        using var store = new DirectLineStore(OlderFile("""
            CREATE TABLE activities (conversation_id TEXT NOT NULL, seq INTEGER NOT NULL, timestamp_ms INTEGER NOT NULL,
                json TEXT NOT NULL, PRIMARY KEY (conversation_id, seq)) WITHOUT ROWID;
            INSERT INTO activities VALUES ('ancienne', 2, 2000, '{"text":"deux"}'), ('ancienne', 1, 1000, '{"text":"un"}');
            """));

        store.ReadActivities("ancienne", 0, 10).Should().Equal(new StoredActivity(1, """{"text":"un"}"""), new StoredActivity(2, """{"text":"deux"}"""));
        store.FindConversation("ancienne")!.Value.LastSequence.Should().Be(2);
    }

    [Fact]
    public void Purging_deletes_the_conversations_untouched_since_the_cutoff_with_their_activities_only()
    {
        using var store = new DirectLineStore(_folder.File("directline.db"));
        var cutoff = DateTimeOffset.UtcNow.AddDays(-30);
        foreach (var id in new[] { "ancienne", "recente", "vide" })
            store.CreateConversation(new ConversationRecord(id, "ge", "user-1", "fr-FR", Started: true));
        store.AppendActivities([
            new PendingActivity("ancienne", 1, cutoff.AddDays(-2).ToUnixTimeMilliseconds(), "{}"),
            new PendingActivity("ancienne", 2, cutoff.AddDays(-1).ToUnixTimeMilliseconds(), "{}"),
            new PendingActivity("recente", 1, cutoff.AddDays(-5).ToUnixTimeMilliseconds(), "{}"),
            new PendingActivity("recente", 2, cutoff.AddDays(1).ToUnixTimeMilliseconds(), "{}"),
        ]);

        var purged = store.PurgeOlderThan(cutoff);

        purged.Should().Equal("ancienne");
        store.FindConversation("ancienne").Should().BeNull();
        store.ReadActivities("ancienne", 0, 10).Should().BeEmpty();
        store.ReadActivities("recente", 0, 10).Should().HaveCount(2);
        store.FindConversation("vide").Should().NotBeNull("it was created today, even without activities");
        store.PurgeOlderThan(DateTimeOffset.UtcNow.AddMinutes(1)).Should().BeEquivalentTo(["recente", "vide"]);
    }
}
