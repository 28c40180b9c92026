namespace InfoSociale.Bot.Hosting;

// Anything /health/ready must wait for (the search index, the state store, the Direct Line store) registers one.
public interface IReadinessProbe
{
    Task<bool> IsReadyAsync(CancellationToken cancellationToken);
}
