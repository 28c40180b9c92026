using InfoSociale.Bot.Hosting;
using InfoSociale.Core.Activities;
using InfoSociale.Core.Conversations;
using Microsoft.AspNetCore.Http.HttpResults;

namespace InfoSociale.Bot.Connector;

// POST /api/messages: what Azure Bot Service channels (Teams, Web Chat through Azure, ...) send the bot.
public static class BotConnectorEndpoints
{
    // Channels send single activities; Teams' largest (with adaptive card values) stay well under this.
    public const int MaxBodyBytes = 256 * 1024;

    public static IEndpointRouteBuilder MapBotConnectorEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/messages", ReceiveAsync);
        return app;
    }

    private static async Task<Results<Ok, ProblemHttpResult>> ReceiveAsync(
        HttpContext http, BotConnectorSettings settings, ChannelTokenValidator validator, TrustedServiceUrls trusted,
        ConnectorClient connector, IBot bot, ILogger<ConnectorClient> log)
    {
        if (!settings.IsConfigured)
            return TypedResults.Problem("Set InfoSociale:BotConnector:AppId and AppPassword to receive Azure Bot Service channels.",
                statusCode: StatusCodes.Status503ServiceUnavailable, title: "The Bot Connector endpoint is not configured.");
        // The token first: a caller without a valid one gets nothing read, buffered or parsed.
        var check = await validator.CheckTokenAsync(http.Request.Headers.Authorization.FirstOrDefault(), http.RequestAborted);
        if (check is ChannelCheck.Signed signed)
        {
            var (activity, refusal) = await RequestJson.ReadOptionalAsync<Activity>(http.Request, MaxBodyBytes, http.RequestAborted);
            if (refusal is not null) return TypedResults.Problem(refusal.Message, statusCode: refusal.Status, title: "Malformed activity.");
            if (activity is null) return TypedResults.Problem("The body must be an activity.", statusCode: StatusCodes.Status400BadRequest, title: "Malformed activity.");
            check = ChannelTokenValidator.CheckActivity(signed, activity);
            if (check is ChannelCheck.Valid valid) return await RunTurnAsync(http, activity, valid, trusted, connector, bot, log);
        }
        return check switch
        {
            ChannelCheck.KeysUnavailable unavailable => Unavailable(unavailable, log),
            ChannelCheck.Refused refused => TypedResults.Problem(refused.Reason, statusCode: StatusCodes.Status401Unauthorized, title: "Channel authentication failed."),
            _ => throw new InvalidOperationException($"Unexpected channel check {check}."),
        };
    }

    private static ProblemHttpResult Unavailable(ChannelCheck.KeysUnavailable unavailable, ILogger log)
    {
        log.LogError("{Reason}", unavailable.Reason);
        return TypedResults.Problem(unavailable.Reason, statusCode: StatusCodes.Status503ServiceUnavailable, title: "Channel authentication is unavailable.");
    }

    private static async Task<Results<Ok, ProblemHttpResult>> RunTurnAsync(HttpContext http, Activity activity, ChannelCheck.Valid valid,
        TrustedServiceUrls trusted, ConnectorClient connector, IBot bot, ILogger log)
    {
        trusted.Trust(valid.ServiceUrl);

        var turn = new ConnectorTurnContext(activity, connector);
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        try
        {
            await bot.OnTurnAsync(turn, http.RequestAborted);
            ServerMetrics.TurnRan("botconnector", started);
        }
        catch (Exception failure) when (!http.RequestAborted.IsCancellationRequested)
        {
            ServerMetrics.Failed("turn");
            log.LogError(failure, "The bot failed on a {Type} activity from channel {Channel}.", activity.Type, activity.ChannelId);
            try { await turn.SendAsync(ChannelFailureReply.For(activity), http.RequestAborted); }
            catch (Exception sendError) { log.LogError(sendError, "Could not tell the channel about the failure."); }
        }
        return TypedResults.Ok();
    }
}
