using InfoSociale.Bot.Hosting;

namespace InfoSociale.Bot.DirectLine;

internal sealed class DirectLineStoreProbe(DirectLineStore store) : IReadinessProbe
{
    public Task<bool> IsReadyAsync(CancellationToken cancellationToken) => Task.FromResult(store.Answers());
}
