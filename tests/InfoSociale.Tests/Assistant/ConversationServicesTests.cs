using InfoSociale.Bot.Composition;
using InfoSociale.Bot.Hosting;
using InfoSociale.Core.Assistant;
using InfoSociale.Core.Conversations;
using InfoSociale.Tests.TestSupport;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace InfoSociale.Tests.Assistant;

[RequiresPostgres]
public sealed class ConversationServicesTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private ServiceProvider Services(params (string Key, string Value)[] settings) =>
        new ServiceCollection()
            .AddLogging()
            .AddSingleton(new DataFolder(_folder.Path))
            .AddConversationServices(new ConfigurationBuilder()
                .AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value)))
                .Build())
            .BuildServiceProvider();

    [Fact]
    public async Task By_default_the_state_is_a_sqlite_file_in_the_data_folder()
    {
        await using var services = Services();

        await services.GetRequiredService<IConversationStore>().WriteAsync("test:a", "{}", null);

        File.Exists(_folder.File(SqliteConversationStore.FileName)).Should().BeTrue();
        services.GetRequiredService<IBot>().Should().BeOfType<InfoSocialeBot>();
    }

    [StoreFact]
    public async Task The_postgres_provider_keeps_the_state_in_postgresql()
    {
        var connectionString = await TestPostgres.FreshSchemaConnectionStringAsync();
        await using var services = Services(("InfoSociale:State:Provider", "postgres"), ("InfoSociale:State:ConnectionString", connectionString));

        await services.GetRequiredService<IConversationStore>().WriteAsync("test:pg", """{"welcomed":true}""", null);

        var direct = PostgresConversationStore.Open(Npgsql.NpgsqlDataSource.Create(connectionString), TimeProvider.System);
        (await direct.ReadAsync("test:pg")).Json.Should().Be("""{"welcomed":true}""");
        File.Exists(_folder.File(SqliteConversationStore.FileName)).Should().BeFalse();
    }

    [Theory]
    [InlineData("mongodb", null, "*InfoSociale:State:Provider is 'mongodb'; use sqlite or postgres.")]
    [InlineData("postgres", null, "*Provider is postgres but InfoSociale:State:ConnectionString is not set.")]
    public async Task A_wrong_state_configuration_is_refused_with_a_clear_message(string provider, string? connectionString, string message)
    {
        var settings = connectionString is null
            ? new[] { ("InfoSociale:State:Provider", provider) }
            : [("InfoSociale:State:Provider", provider), ("InfoSociale:State:ConnectionString", connectionString)];
        await using var services = Services(settings);

        var resolve = () => services.GetRequiredService<IConversationStore>();

        resolve.Should().Throw<InvalidOperationException>().WithMessage(message);
    }

    [Fact]
    public async Task The_retention_comes_from_configuration()
    {
        await using var services = Services(("InfoSociale:State:RetentionDays", "12"));

        services.GetRequiredService<ConversationRetention>().Days.Should().Be(12);
        services.GetRequiredService<AssistantSettings>().RetentionDays.Should().Be(12);
    }
}
