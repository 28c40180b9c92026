using System.Data.Common;
using InfoSociale.Bot.DirectLine;

namespace InfoSociale.Bot.Hosting;

// A request that fails because storage cannot write or read (disk full, database file removed, database
// unreachable) gets 503 with a body saying so, and the operator gets one log line, instead of an empty 500.
public static class StorageFailures
{
    public const string Message = "The server cannot save conversations right now; try again in a minute.";

    public static WebApplication UseStorageFailureAnswers(this WebApplication app)
    {
        var log = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(StorageFailures));
        app.Use(async (http, next) =>
        {
            try
            {
                await next(http);
            }
            catch (Exception error) when (IsStorageFailure(error) && !http.Response.HasStarted)
            {
                ServerMetrics.Failed("storage");
                log.LogError("Storage failure on {Method} {Route}: {Reason}", http.Request.Method, RouteOf(http), error.Message);
                http.Response.Clear();
                http.Response.Headers.RetryAfter = "60";
                await DirectLineError.Of(StatusCodes.Status503ServiceUnavailable, "StorageUnavailable", Message).ExecuteAsync(http);
            }
        });
        return app;
    }

    public static bool IsStorageFailure(Exception error) =>
        error is DirectLineStoreException or DbException || error.InnerException is { } inner && IsStorageFailure(inner);

    // The endpoint's pattern, never the path: conversation ids stay out of the logs.
    private static string RouteOf(HttpContext http) =>
        (http.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? "(no endpoint)";
}
