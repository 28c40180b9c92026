using System.Text.Json.Serialization;
using InfoSociale.Core.Activities;

namespace InfoSociale.Bot.DirectLine;

// Bodies of the Direct Line REST calls.
public sealed record ConversationResponse(
    string ConversationId,
    string Token,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    string? StreamUrl);

public sealed record TokenResponse(
    string ConversationId,
    string Token,
    [property: JsonPropertyName("expires_in")] int ExpiresIn)
{
    public static TokenResponse From(IssuedToken token) => new(token.ConversationId, token.Token, token.ExpiresIn);
}

public sealed record ResourceResponse(string Id);

// Optional body of /tokens/generate and /conversations; "territory" is ours, the rest is Direct Line's.
public sealed record StartRequest(ChannelAccount? User, string? Locale, string? Territory, IReadOnlyList<string>? TrustedOrigins = null);
