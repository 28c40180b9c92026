using InfoSociale.Bot.Hosting;
using System.Text.Json;
using InfoSociale.Core.Activities;
using Microsoft.AspNetCore.Http.HttpResults;

namespace InfoSociale.Bot.DirectLine;

// Direct Line 3.0, as Web Chat 4.18 (DirectLineJS 0.15) calls it. Routes are relative to the `domain` of the page.
public static class DirectLineEndpoints
{
    public const string CorsPolicy = "directline";

    public static IEndpointRouteBuilder MapDirectLineEndpoints(this IEndpointRouteBuilder app)
    {
        var directLine = app.MapGroup("/v3/directline").RequireCors(CorsPolicy);
        directLine.MapPost("/tokens/generate", GenerateTokenAsync);
        directLine.MapPost("/tokens/refresh", RefreshTokenAsync);
        directLine.MapPost("/conversations", StartConversationAsync);
        directLine.MapGet("/conversations/{conversationId}", ResumeConversationAsync);
        directLine.MapPost("/conversations/{conversationId}/activities", PostActivityAsync).RequireRateLimiting(RateLimits.PerConversation);
        directLine.MapGet("/conversations/{conversationId}/activities", GetActivitiesAsync);
        directLine.MapPost("/conversations/{conversationId}/upload", RefuseUploadAsync);
        directLine.MapGet("/conversations/{conversationId}/stream", DirectLineStream.AcceptAsync);
        return app;
    }

    private static async Task<Results<Ok<TokenResponse>, JsonHttpResult<DirectLineErrorBody>>> GenerateTokenAsync(
        HttpContext http, [AsParameters] DirectLineServices directLine)
    {
        var (caller, refusal) = await DirectLineCaller.IdentifyAsync(http, directLine.Data, directLine.Tokens);
        if (refusal is not null) return refusal;
        if (caller is not DirectLineCaller.Secret)
            return DirectLineError.Of(StatusCodes.Status403Forbidden, "Forbidden", "Only the Direct Line secret generates tokens; pages ask /api/directline/token.");
        var (body, error) = await ReadStartRequestAsync(http);
        if (error is not null) return error;
        var (territory, unknown) = directLine.ResolveTerritory(body?.Territory);
        if (unknown is not null) return DirectLineError.BadArgument(unknown);
        var (origins, notOrigin) = TrustedOrigins.Parse(body?.TrustedOrigins);
        if (notOrigin is not null) return DirectLineError.BadArgument(notOrigin);

        var conversation = directLine.Conversations.Create(territory!, NullIfBlank(body?.User?.Id), body?.Locale);
        return TypedResults.Ok(TokenResponse.From(directLine.Tokens.Issue(conversation.Id, conversation.Record.UserId, origins)));
    }

    private static async Task<Results<Ok<TokenResponse>, JsonHttpResult<DirectLineErrorBody>>> RefreshTokenAsync(
        HttpContext http, [AsParameters] DirectLineServices directLine)
    {
        var (caller, refusal) = await DirectLineCaller.IdentifyAsync(http, directLine.Data, directLine.Tokens);
        if (refusal is not null) return refusal;
        if (caller is not DirectLineCaller.Conversation own)
            return DirectLineError.BadArgument("Refresh takes a conversation token, not the secret.");
        var conversation = directLine.Conversations.Find(own.ConversationId);
        if (conversation is null) return DirectLineError.NotFound(own.ConversationId);
        if (conversation.Record.Ended) return ConversationEnded();
        return TypedResults.Ok(TokenResponse.From(directLine.Tokens.Issue(own.ConversationId, own.UserId, own.TrustedOrigins)));
    }

    // 201 when this call starts the conversation (the bot is told who joined), 200 when it had already started.
    private static async Task<Results<JsonHttpResult<ConversationResponse>, JsonHttpResult<DirectLineErrorBody>>> StartConversationAsync(
        HttpContext http, [AsParameters] DirectLineServices directLine)
    {
        var (caller, refusal) = await DirectLineCaller.IdentifyAsync(http, directLine.Data, directLine.Tokens);
        if (refusal is not null) return refusal;
        var (body, error) = await ReadStartRequestAsync(http);
        if (error is not null) return error;

        DirectLineConversation? conversation;
        if (caller is DirectLineCaller.Conversation own)
        {
            conversation = directLine.Conversations.Find(own.ConversationId);
            if (conversation is null) return DirectLineError.NotFound(own.ConversationId);
        }
        else
        {
            var (territory, unknown) = directLine.ResolveTerritory(body?.Territory);
            if (unknown is not null) return DirectLineError.BadArgument(unknown);
            conversation = directLine.Conversations.Create(territory!, NullIfBlank(body?.User?.Id), body?.Locale);
        }

        var userId = caller!.TokenUserId ?? conversation.Record.UserId ?? NullIfBlank(body?.User?.Id);
        var started = await conversation.StartAsync(userId, body?.Locale, http.RequestAborted);
        if (started) AnnounceMembers(directLine, conversation, body?.User?.Name);

        var token = directLine.Tokens.Issue(conversation.Id, conversation.Record.UserId, caller.TokenOrigins);
        var response = new ConversationResponse(conversation.Id, token.Token, token.ExpiresIn, StreamUrl(http.Request, conversation.Id, token.Token, null));
        return TypedResults.Json(response, statusCode: started ? StatusCodes.Status201Created : StatusCodes.Status200OK);
    }

    // Web Chat calls this to resume a conversation and before every WebSocket reconnect.
    private static async Task<Results<Ok<ConversationResponse>, JsonHttpResult<DirectLineErrorBody>>> ResumeConversationAsync(
        HttpContext http, string conversationId, [AsParameters] DirectLineServices directLine)
    {
        var opened = await DirectLineCaller.OpenAsync(http, conversationId, directLine);
        if (opened.Refusal is not null) return opened.Refusal;
        var (caller, conversation) = (opened.Caller!, opened.Conversation!);
        if (!Watermark.TryParse(http.Request.Query["watermark"], out var watermark)) return DirectLineError.BadArgument(Watermark.Problem);

        var token = directLine.Tokens.Issue(conversation.Id, caller.TokenUserId ?? conversation.Record.UserId, caller.TokenOrigins);
        var streamWatermark = http.Request.Query["watermark"].Count > 0 ? watermark : (long?)null;
        return TypedResults.Ok(new ConversationResponse(conversation.Id, token.Token, token.ExpiresIn,
            StreamUrl(http.Request, conversation.Id, token.Token, streamWatermark)));
    }

    // Stores and echoes the activity (Web Chat waits for the echo with its clientActivityID), answers {id},
    // and lets the bot take its turn afterwards.
    private static async Task<Results<Ok<ResourceResponse>, JsonHttpResult<DirectLineErrorBody>>> PostActivityAsync(
        HttpContext http, string conversationId, [AsParameters] DirectLineServices directLine)
    {
        var opened = await DirectLineCaller.OpenAsync(http, conversationId, directLine);
        if (opened.Refusal is not null) return opened.Refusal;
        var (caller, conversation) = (opened.Caller!, opened.Conversation!);
        var (activity, refusal) = await RequestJson.ReadOptionalAsync<Activity>(http.Request, ClientInput.ActivityBodyBytes, http.RequestAborted);
        if (refusal is not null) return DirectLineError.From(refusal);
        if (activity is null) return DirectLineError.BadArgument("The body must be an activity, for example {\"type\":\"message\",\"from\":{\"id\":\"user1\"},\"text\":\"bonjour\"}.");
        if (string.IsNullOrWhiteSpace(activity.Type)) return DirectLineError.BadArgument("The activity needs a 'type' (for example \"message\").");
        if (ClientInput.ProblemWith(activity) is { } problem) return DirectLineError.BadArgument(problem);

        if (conversation.Record.Ended) return ConversationEnded();

        // A token that names its user wins over what the page writes in from.id.
        var userId = caller.TokenUserId ?? NullIfBlank(activity.From?.Id) ?? conversation.Record.UserId;
        if (userId is null) return DirectLineError.BadArgument("The activity needs 'from.id' (the user's id).");
        var user = new ChannelAccount(userId, activity.From?.Name, "user");

        var cancellation = http.RequestAborted;
        if (await conversation.StartAsync(userId, activity.Locale, cancellation)) AnnounceMembers(directLine, conversation, user.Name);
        else if (await conversation.AdoptUserAsync(userId, cancellation))
            directLine.Turns.QueueMembersAdded(conversation, [user], user, activity.Locale);

        var incoming = activity with
        {
            Id = null,
            ChannelId = DirectLineChannel.Of(conversation.Record),
            Conversation = new ConversationAccount(conversationId),
            From = user,
            Recipient = null,
            ServiceUrl = null,
        };
        if (incoming.Type == ActivityTypes.Typing)
        {
            // Typing is never stored nor echoed; the bot may still want to know.
            directLine.Turns.QueueMessage(conversation, incoming with { Timestamp = DateTimeOffset.UtcNow });
            return TypedResults.Ok(new ResourceResponse($"{conversationId}|typing"));
        }
        var stored = await conversation.AppendFromClientAsync(incoming, cancellation);
        if (stored is null) return ConversationEnded();
        directLine.Turns.QueueMessage(conversation, stored);
        return TypedResults.Ok(new ResourceResponse(stored.Id!));
    }

    private static async Task<Results<ContentHttpResult, JsonHttpResult<DirectLineErrorBody>>> GetActivitiesAsync(
        HttpContext http, string conversationId, [AsParameters] DirectLineServices directLine)
    {
        var opened = await DirectLineCaller.OpenAsync(http, conversationId, directLine);
        if (opened.Refusal is not null) return opened.Refusal;
        var (caller, conversation) = (opened.Caller!, opened.Conversation!);
        if (!Watermark.TryParse(http.Request.Query["watermark"], out var watermark)) return DirectLineError.BadArgument(Watermark.Problem);

        var activities = conversation.Read(watermark, conversation.LastSequence);
        var newWatermark = activities.Count > 0 ? activities[^1].Sequence : Math.Min(watermark, conversation.LastSequence);
        return TypedResults.Text(ActivitySetJson.Write(activities.Select(a => a.Json).ToList(), newWatermark), "application/json");
    }

    private static async Task<JsonHttpResult<DirectLineErrorBody>> RefuseUploadAsync(
        HttpContext http, string conversationId, [AsParameters] DirectLineServices directLine)
    {
        var (caller, refusal) = await DirectLineCaller.IdentifyAsync(http, directLine.Data, directLine.Tokens);
        if (refusal is not null) return refusal;
        if (!caller!.MayUse(conversationId)) return DirectLineCaller.WrongConversation();
        return DirectLineError.Of(StatusCodes.Status415UnsupportedMediaType, "UploadNotSupported",
            "This assistant does not accept files: send your question as text. Personal documents are never needed here.");
    }

    // Not 403 (DirectLineJS would take it for an expired token) nor 404 (the transcript can still be read).
    private static JsonHttpResult<DirectLineErrorBody> ConversationEnded() =>
        DirectLineError.Of(StatusCodes.Status409Conflict, "ConversationEnded",
            "This conversation has ended (endOfConversation); start a new conversation.");

    private static void AnnounceMembers(DirectLineServices directLine, DirectLineConversation conversation, string? userName)
    {
        var bot = directLine.Turns.Bot;
        var record = conversation.Record;
        if (record.UserId is null)
        {
            directLine.Turns.QueueMembersAdded(conversation, [bot], bot, record.Locale);
            return;
        }
        var user = new ChannelAccount(record.UserId, userName, "user");
        directLine.Turns.QueueMembersAdded(conversation, [bot, user], user, record.Locale);
    }

    // Absolute ws:// or wss:// on the host the page used (DirectLineJS cannot open a relative stream URL).
    private static string StreamUrl(HttpRequest request, string conversationId, string token, long? watermark)
    {
        var scheme = request.IsHttps ? "wss" : "ws";
        var url = $"{scheme}://{request.Host}{request.PathBase}/v3/directline/conversations/{Uri.EscapeDataString(conversationId)}/stream?t={Uri.EscapeDataString(token)}";
        return watermark is { } value ? $"{url}&watermark={value}" : url;
    }

    // The optional start body of /conversations and /tokens/generate, read and checked, or the refusal to send.
    internal static async Task<(StartRequest? Body, JsonHttpResult<DirectLineErrorBody>? Refusal)> ReadStartRequestAsync(HttpContext http)
    {
        var (body, refusal) = await RequestJson.ReadOptionalAsync<StartRequest>(http.Request, ClientInput.StartBodyBytes, http.RequestAborted);
        if (refusal is not null) return (null, DirectLineError.From(refusal));
        if (body is not null && ClientInput.ProblemWith(body) is { } problem) return (null, DirectLineError.BadArgument(problem));
        return (body, null);
    }

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
