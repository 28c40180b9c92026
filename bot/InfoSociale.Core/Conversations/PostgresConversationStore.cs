using Npgsql;

namespace InfoSociale.Core.Conversations;

// The shared deployment option (InfoSociale:State:Provider=postgres): several hosts behind one database.
public static class PostgresConversationStore
{
    public static IConversationStore Open(NpgsqlDataSource dataSource, TimeProvider clock) =>
        new SqlConversationStore(async cancellationToken => await dataSource.OpenConnectionAsync(cancellationToken), clock, oneWriterAtATime: false);
}
