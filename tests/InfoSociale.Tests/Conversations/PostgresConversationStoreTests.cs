using InfoSociale.Core.Conversations;
using InfoSociale.Tests.TestSupport;

namespace InfoSociale.Tests.Conversations;

[RequiresPostgres]
public sealed class PostgresConversationStoreTests : ConversationStoreContract
{
    protected override async Task<IConversationStore> CreateStoreAsync() =>
        PostgresConversationStore.Open(await TestPostgres.FreshSchemaAsync(), Clock);
}
