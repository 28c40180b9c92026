using InfoSociale.Bot.DirectLine;
using InfoSociale.Core.Activities;
using InfoSociale.Tests.TestSupport;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;

namespace InfoSociale.Tests.DirectLine;

public sealed class DirectLineWriterTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task An_append_returns_only_once_its_activity_is_in_the_file()
    {
        var file = _folder.File("directline.db");
        using var store = new DirectLineStore(file);
        var writer = new DirectLineWriter(store, NullLogger<DirectLineWriter>.Instance);
        await writer.StartAsync(CancellationToken.None);
        var conversation = new DirectLineConversations(store, writer, TimeProvider.System).Create("ge", "user-1", "fr-FR");

        var appended = await Task.WhenAll(Enumerable.Range(1, 20).Select(i => conversation.AppendAsync(new Activity { Text = $"message {i}" }, CancellationToken.None)));

        // Read through a connection of its own, as a restarted server would.
        using var reopened = new DirectLineStore(file);
        reopened.ReadActivities(conversation.Id, 0, 100).Select(a => a.Sequence).Should().Equal(Enumerable.Range(1, 20).Select(i => (long)i));
        appended.Select(a => a.Id).Should().OnlyHaveUniqueItems();
        await writer.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task A_failed_write_is_reported_to_the_caller_and_its_sequence_is_given_to_the_next_activity_leaving_no_gap()
    {
        var file = _folder.File("directline.db");
        using var store = new DirectLineStore(file);
        var writer = new DirectLineWriter(store, NullLogger<DirectLineWriter>.Instance);
        await writer.StartAsync(CancellationToken.None);
        var conversation = new DirectLineConversations(store, writer, TimeProvider.System).Create("ge", "user-1", "fr-FR");
        await conversation.AppendAsync(new Activity { Text = "message 1" }, CancellationToken.None);

        // Another connection takes the table away: the write fails, and the caller hears it.
        Execute(file, "ALTER TABLE activity_log RENAME TO activity_log_away");
        var failing = () => conversation.AppendAsync(new Activity { Text = "lost" }, CancellationToken.None);
        await failing.Should().ThrowAsync<DirectLineStoreException>();
        Execute(file, "ALTER TABLE activity_log_away RENAME TO activity_log");
        var next = await conversation.AppendAsync(new Activity { Text = "message 2" }, CancellationToken.None);
        await writer.StopAsync(CancellationToken.None);

        next.Id.Should().EndWith("|0000002");
        conversation.Read(0, 10).Select(a => a.Sequence).Should().Equal(1, 2);
        conversation.Read(0, 10).Should().NotContain(a => a.Json.Contains("lost"));
    }

    [Fact]
    public async Task A_database_file_removed_under_the_server_fails_writes_and_readiness_instead_of_writing_to_nowhere()
    {
        var file = _folder.File("directline.db");
        using var store = new DirectLineStore(file);
        var writer = new DirectLineWriter(store, NullLogger<DirectLineWriter>.Instance);
        await writer.StartAsync(CancellationToken.None);
        var conversation = new DirectLineConversations(store, writer, TimeProvider.System).Create("ge", "user-1", "fr-FR");
        store.WriteProblem().Should().BeNull();

        File.Delete(file);
        var append = () => conversation.AppendAsync(new Activity { Text = "bonjour" }, CancellationToken.None);

        await append.Should().ThrowAsync<DirectLineStoreException>().WithMessage("*was removed while the server ran*");
        store.WriteProblem().Should().Contain("was removed while the server ran");
        await writer.StopAsync(CancellationToken.None);
    }

    private static void Execute(string file, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={file};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
