using Npgsql;

namespace InfoSociale.Tests.TestSupport;

// The PostgreSQL server of the tests: ./test.sh starts a throwaway one and sets INFOSOCIALE_TEST_POSTGRES.
// Each caller gets its own schema, so tests never see each other's rows.
public static class TestPostgres
{
    public const string Variable = "INFOSOCIALE_TEST_POSTGRES";

    public static string? ConnectionString => Environment.GetEnvironmentVariable(Variable);

    public static bool IsAvailable => !string.IsNullOrWhiteSpace(ConnectionString);

    // Under CI a missing server fails the tests; on a workstation they are skipped with this reason.
    public static bool MustRun => !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"));

    public static string MissingReason =>
        $"{Variable} is not set: start a PostgreSQL server and set it to its connection string (./test.sh does both).";

    public static async Task<NpgsqlDataSource> FreshSchemaAsync() => NpgsqlDataSource.Create(await FreshSchemaConnectionStringAsync());

    // The server's connection string, with a new empty schema first on the search path.
    public static async Task<string> FreshSchemaConnectionStringAsync()
    {
        var schema = "test_" + Guid.NewGuid().ToString("N")[..12];
        await using (var admin = NpgsqlDataSource.Create(ConnectionString!))
        await using (var create = admin.CreateCommand($"CREATE SCHEMA {schema}"))
            await create.ExecuteNonQueryAsync();
        return new NpgsqlConnectionStringBuilder(ConnectionString) { SearchPath = schema }.ConnectionString;
    }
}

// On a class whose tests need the PostgreSQL server (see StoreFact).
[AttributeUsage(AttributeTargets.Class)]
public sealed class RequiresPostgresAttribute : Attribute;
