using InfoSociale.Core.Conversations;

namespace InfoSociale.Tests.Conversations;

public sealed class SqliteConversationStoreTests : ConversationStoreContract
{
    protected override Task<IConversationStore> CreateStoreAsync() => Task.FromResult(SqliteConversationStore.Open(Folder.File("state.db"), Clock));
}
