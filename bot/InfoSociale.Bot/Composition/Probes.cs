using InfoSociale.Bot.Hosting;
using InfoSociale.Core.Conversations;

namespace InfoSociale.Bot.Composition;

internal sealed class SearchIndexProbe(SearchIndex index) : IReadinessProbe
{
    public Task<bool> IsReadyAsync(CancellationToken cancellationToken) => Task.FromResult(index.IsLoaded);
}

// The state store answers a read (an unknown key reads as empty).
internal sealed class ConversationStoreProbe(IConversationStore store) : IReadinessProbe
{
    public async Task<bool> IsReadyAsync(CancellationToken cancellationToken)
    {
        await store.ReadAsync("health:probe", cancellationToken);
        return true;
    }
}
