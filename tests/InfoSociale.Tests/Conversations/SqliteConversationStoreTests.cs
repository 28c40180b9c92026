using InfoSociale.Core.Conversations;
using InfoSociale.Tests.TestSupport;

namespace InfoSociale.Tests.Conversations;

public sealed class SqliteConversationStoreTests : ConversationStoreContract, IDisposable
{
    private readonly TempFolder _folder = new();

    protected override Task<IConversationStore> CreateStoreAsync() => Task.FromResult(SqliteConversationStore.Open(_folder.File("state.db"), Clock));

    public void Dispose() => _folder.Dispose();
}
