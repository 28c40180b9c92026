using InfoSociale.Core.Feedback;
using InfoSociale.Tests.TestSupport;
using Microsoft.Data.Sqlite;

namespace InfoSociale.Tests.Feedback;

public class SqliteFeedbackStoreTests
{
    [Fact]
    public async Task Keeps_answers_across_openings()
    {
        using var folder = new TempFolder();
        var day = new DateOnly(2026, 11, 23);

        await SqliteFeedbackStore.Open(folder.File("feedback.db")).AddAsync(new AnswerFeedback("ge-allocation-logement", "ge", true, day), CancellationToken.None);
        await SqliteFeedbackStore.Open(folder.File("feedback.db")).AddAsync(new AnswerFeedback("paris-115", "paris", false, day), CancellationToken.None);

        (await SqliteFeedbackStore.Open(folder.File("feedback.db")).ReadAllAsync(CancellationToken.None)).Should().Equal(
            new AnswerFeedback("ge-allocation-logement", "ge", true, day),
            new AnswerFeedback("paris-115", "paris", false, day));
    }

    [Fact]
    public async Task Stores_nothing_that_identifies_a_resident()
    {
        using var folder = new TempFolder();
        SqliteFeedbackStore.Open(folder.File("feedback.db"));

        await using var connection = new SqliteConnection($"Data Source={folder.File("feedback.db")}");
        await connection.OpenAsync();
        await using var columns = connection.CreateCommand();
        columns.CommandText = "SELECT name FROM pragma_table_info('feedback')";
        var names = new List<string>();
        await using var reader = await columns.ExecuteReaderAsync();
        while (await reader.ReadAsync()) names.Add(reader.GetString(0));

        names.Should().Equal("entry_id", "territory", "helpful", "day");
    }
}
