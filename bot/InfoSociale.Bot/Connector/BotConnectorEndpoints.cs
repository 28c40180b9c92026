using InfoSociale.Bot.Hosting;
using InfoSociale.Core.Activities;
using InfoSociale.Core.Conversations;
using Microsoft.AspNetCore.Http.HttpResults;

namespace InfoSociale.Bot.Connector;

// POST /api/messages: what Azure Bot Service channels (Teams, Web Chat through Azure, ...) send the bot.
public static class BotConnectorEndpoints
{
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
        var (activity, error) = await RequestJson.ReadOptionalAsync<Activity>(http.Request, http.RequestAborted);
        if (error is not null || activity is null)
            return TypedResults.Problem(error ?? "The body must be an activity.", statusCode: StatusCodes.Status400BadRequest, title: "Malformed activity.");

        var check = await validator.CheckAsync(http.Request.Headers.Authorization.FirstOrDefault(), activity, http.RequestAborted);
        switch (check)
        {
            case ChannelCheck.Refused refused:
                return TypedResults.Problem(refused.Reason, statusCode: StatusCodes.Status401Unauthorized, title: "Channel authentication failed.");
            case ChannelCheck.KeysUnavailable unavailable:
                log.LogError("{Reason}", unavailable.Reason);
                return TypedResults.Problem(unavailable.Reason, statusCode: StatusCodes.Status503ServiceUnavailable, title: "Channel authentication is unavailable.");
        }
        trusted.Trust(((ChannelCheck.Valid)check).ServiceUrl);

        var turn = new ConnectorTurnContext(activity, connector);
        try
        {
            await bot.OnTurnAsync(turn, http.RequestAborted);
        }
        catch (Exception failure) when (!http.RequestAborted.IsCancellationRequested)
        {
            log.LogError(failure, "The bot failed on a {Type} activity from channel {Channel}.", activity.Type, activity.ChannelId);
            try { await turn.SendAsync(ChannelFailureReply.For(activity), http.RequestAborted); }
            catch (Exception sendError) { log.LogError(sendError, "Could not tell the channel about the failure."); }
        }
        return TypedResults.Ok();
    }
}
