using InfoSociale.Core.Conversations;
using InfoSociale.Tests.TestSupport;

namespace InfoSociale.Tests.Conversations;

[RequiresPostgres]
public sealed class PostgresConversationStoreTests : ConversationStoreContract
{
    protected override async Task<IConversationStore> CreateStoreAsync() =>
        await PostgresConversationStore.OpenAsync(await TestPostgres.FreshSchemaAsync(), Clock);
}
