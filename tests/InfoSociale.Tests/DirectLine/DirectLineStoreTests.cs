using InfoSociale.Bot.DirectLine;
using InfoSociale.Tests.TestSupport;
using Microsoft.Data.Sqlite;

namespace InfoSociale.Tests.DirectLine;

public sealed class DirectLineStoreTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_file_written_before_conversations_could_end_opens_with_its_conversations_still_open()
    {
        var file = _folder.File("directline.db");
        using (var old = new SqliteConnection($"Data Source={file};Pooling=False"))
        {
            old.Open();
            using var create = old.CreateCommand();
            create.CommandText = """
                CREATE TABLE conversations (id TEXT PRIMARY KEY, territory TEXT NOT NULL, user_id TEXT, locale TEXT,
                    started INTEGER NOT NULL DEFAULT 0, created_utc TEXT NOT NULL);
                INSERT INTO conversations VALUES ('ancienne', 'ge', 'user-1', 'fr-FR', 1, '2026-11-01T10:00:00Z');
                """;
            create.ExecuteNonQuery();
        }

        using var store = new DirectLineStore(file);
        var found = store.FindConversation("ancienne");

        found!.Value.Conversation.Should().Be(new ConversationRecord("ancienne", "ge", "user-1", "fr-FR", Started: true));
        store.UpdateConversation(found.Value.Conversation with { Ended = true });
        store.FindConversation("ancienne")!.Value.Conversation.Ended.Should().BeTrue();
    }
}
