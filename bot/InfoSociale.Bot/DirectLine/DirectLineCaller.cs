using System.Security.Cryptography;
using System.Text;
using InfoSociale.Bot.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace InfoSociale.Bot.DirectLine;

// Who calls: the site's backend with the secret (any conversation), or a page with a conversation token.
public abstract record DirectLineCaller
{
    public sealed record Secret : DirectLineCaller;

    public sealed record Conversation(string ConversationId, string? UserId, IReadOnlyList<string> TrustedOrigins) : DirectLineCaller;

    public bool MayUse(string conversationId) =>
        this is Secret || (this is Conversation own && string.Equals(own.ConversationId, conversationId, StringComparison.Ordinal));

    // The user the token was issued for (Web Chat takes it as its user id).
    public string? TokenUserId => (this as Conversation)?.UserId;

    // The origins the token was issued for, carried into the tokens it is exchanged for.
    public IReadOnlyList<string> TokenOrigins => (this as Conversation)?.TrustedOrigins ?? [];

    // The token comes from "Authorization: Bearer ..." or, on the WebSocket upgrade only, from the t= query parameter
    // (browsers cannot set headers there). Elsewhere a token in the URL would end up in proxy and access logs.
    public static async Task<(DirectLineCaller? Caller, JsonHttpResult<DirectLineErrorBody>? Refusal)> IdentifyAsync(
        HttpContext http, DataFolder data, DirectLineTokens tokens)
    {
        var credential = ReadCredential(http.Request);
        if (credential is null)
            return (null, DirectLineError.Of(StatusCodes.Status401Unauthorized, "Unauthorized",
                "Send the Direct Line secret or a conversation token as 'Authorization: Bearer ...'."));
        if (IsSecret(credential, data.DirectLineSecret)) return (new Secret(), null);
        return await tokens.CheckAsync(credential) switch
        {
            TokenCheck.Valid valid when !TrustedOrigins.Allow(valid.TrustedOrigins, http.Request) =>
                (null, DirectLineError.Of(StatusCodes.Status403Forbidden, "Forbidden", "This token may only be used from the origins it was issued for.")),
            TokenCheck.Valid valid => (new Conversation(valid.ConversationId, valid.UserId, valid.TrustedOrigins), null),
            TokenCheck.Expired => (null, DirectLineError.Of(StatusCodes.Status403Forbidden, "TokenExpired",
                "The token has expired; ask /api/directline/token for a new conversation or refresh it before it expires.")),
            TokenCheck.Invalid invalid => (null, DirectLineError.Of(StatusCodes.Status403Forbidden, "TokenInvalid", invalid.Reason)),
            _ => throw new InvalidOperationException("Unknown token check."),
        };
    }

    // The caller, allowed on this conversation, and the conversation itself; or the refusal to send back.
    public static async Task<(DirectLineCaller? Caller, DirectLineConversation? Conversation, JsonHttpResult<DirectLineErrorBody>? Refusal)> OpenAsync(
        HttpContext http, string conversationId, DirectLineServices directLine)
    {
        var (caller, refusal) = await IdentifyAsync(http, directLine.Data, directLine.Tokens);
        if (refusal is not null) return (null, null, refusal);
        if (!caller!.MayUse(conversationId)) return (null, null, WrongConversation());
        var conversation = directLine.Conversations.Find(conversationId);
        return conversation is null ? (null, null, DirectLineError.NotFound(conversationId)) : (caller, conversation, null);
    }

    public static JsonHttpResult<DirectLineErrorBody> WrongConversation() =>
        DirectLineError.Of(StatusCodes.Status403Forbidden, "Forbidden", "This token belongs to another conversation.");

    private static string? ReadCredential(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        if (header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) return NullIfEmpty(header["Bearer ".Length..].Trim());
        return request.HttpContext.WebSockets.IsWebSocketRequest ? NullIfEmpty(request.Query["t"].ToString()) : null;
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;

    private static bool IsSecret(string credential, string secret) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(credential), Encoding.UTF8.GetBytes(secret));
}
