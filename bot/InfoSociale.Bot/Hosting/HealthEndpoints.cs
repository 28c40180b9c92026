using Microsoft.AspNetCore.Http.HttpResults;

namespace InfoSociale.Bot.Hosting;

public static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder app)
    {
        var health = app.MapGroup("/health");
        health.MapGet("/live", () => TypedResults.Text("live"));
        health.MapGet("/ready", ReadyAsync);
        return app;
    }

    private static async Task<Results<Ok<HealthReport>, JsonHttpResult<HealthReport>>> ReadyAsync(
        IEnumerable<IReadinessProbe> probes, CancellationToken cancellationToken)
    {
        var waiting = new List<string>();
        foreach (var probe in probes)
        {
            bool ready;
            try { ready = await probe.IsReadyAsync(cancellationToken); }
            catch (Exception) { ready = false; } // a probe that throws is simply not ready yet
            if (!ready) waiting.Add(probe.GetType().Name);
        }
        return waiting.Count == 0
            ? TypedResults.Ok(new HealthReport("ready", waiting))
            : TypedResults.Json(new HealthReport("not ready", waiting), statusCode: StatusCodes.Status503ServiceUnavailable);
    }

    public sealed record HealthReport(string Status, IReadOnlyList<string> Waiting);
}
