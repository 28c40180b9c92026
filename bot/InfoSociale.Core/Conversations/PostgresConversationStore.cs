using Npgsql;

namespace InfoSociale.Core.Conversations;

// The shared deployment option (InfoSociale:State:Provider=postgres): several hosts behind one database.
public static class PostgresConversationStore
{
    public static async Task<IConversationStore> OpenAsync(NpgsqlDataSource dataSource, TimeProvider clock, CancellationToken cancellationToken = default) =>
        await SqlConversationStore.CreateAsync(async ct => await dataSource.OpenConnectionAsync(ct), clock, cancellationToken);
}
