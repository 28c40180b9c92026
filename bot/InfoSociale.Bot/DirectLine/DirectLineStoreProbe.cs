using InfoSociale.Bot.Hosting;

namespace InfoSociale.Bot.DirectLine;

// Ready only while the Direct Line store can write: a load balancer then stops sending residents to an instance
// whose disk is full or whose database file was removed.
internal sealed class DirectLineStoreProbe(DirectLineStore store, ILogger<DirectLineStoreProbe> log) : IReadinessProbe
{
    public Task<bool> IsReadyAsync(CancellationToken cancellationToken)
    {
        var problem = store.WriteProblem();
        if (problem is not null) log.LogError("Not ready: {Problem}", problem);
        return Task.FromResult(problem is null);
    }
}
