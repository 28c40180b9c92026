using InfoSociale.Bot.DirectLine;
using InfoSociale.Core.Activities;
using InfoSociale.Tests.TestSupport;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace InfoSociale.Tests.DirectLine;

public sealed class DirectLineWriterTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Activities_whose_write_failed_are_written_once_the_file_works_again_before_newer_ones_leaving_no_gap()
    {
        var file = _folder.File("directline.db");
        using var store = new DirectLineStore(file);
        var log = new ErrorCount();
        var writer = new DirectLineWriter(store, log) { RetryDelay = TimeSpan.FromMilliseconds(20) };
        await writer.StartAsync(CancellationToken.None);
        var conversation = new DirectLineConversations(store, writer, TimeProvider.System).Create("ge", "user-1", "fr-FR");

        // Another connection takes the table away: every write fails until it is back.
        Execute(file, "ALTER TABLE activity_log RENAME TO activity_log_away");
        for (var i = 1; i <= 3; i++) await conversation.AppendAsync(new Activity { Text = $"message {i}" }, CancellationToken.None);
        await Until(() => log.Errors > 0);
        Execute(file, "ALTER TABLE activity_log_away RENAME TO activity_log");
        await conversation.AppendAsync(new Activity { Text = "message 4" }, CancellationToken.None);
        await Until(() => store.ReadActivities(conversation.Id, 0, 10).Count == 4);
        await writer.StopAsync(CancellationToken.None);

        store.ReadActivities(conversation.Id, 0, 10).Select(a => a.Sequence).Should().Equal(1, 2, 3, 4);
        conversation.Read(0, 10).Select(a => a.Json).Should().SatisfyRespectively(
            first => first.Should().Contain("message 1"),
            second => second.Should().Contain("message 2"),
            third => third.Should().Contain("message 3"),
            fourth => fourth.Should().Contain("message 4"));
    }

    private static void Execute(string file, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={file};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    // Waits for what a background writer does; fails the test after 10 s rather than hang.
    private static async Task Until(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (!condition()) await Task.Delay(10, timeout.Token);
    }

    private sealed class ErrorCount : ILogger<DirectLineWriter>
    {
        private int _errors;

        public int Errors => Volatile.Read(ref _errors);

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (logLevel >= LogLevel.Error) Interlocked.Increment(ref _errors);
        }
    }
}
