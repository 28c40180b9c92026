using System.Text.Json;
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
public sealed record StartRequest(ChannelAccount? User, string? Locale, string? Territory);

public static class RequestJson
{
    // An absent or empty body reads as null; malformed JSON gets a message that says where it broke.
    public static async Task<(T? Value, string? Error)> ReadOptionalAsync<T>(HttpRequest request, CancellationToken cancellationToken) where T : class
    {
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, cancellationToken);
        if (buffer.Length == 0) return (null, null);
        try
        {
            return (JsonSerializer.Deserialize<T>(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), ActivityJson.Options), null);
        }
        catch (JsonException error)
        {
            return (null, $"The body is not valid JSON for this call ({Describe(error)}).");
        }
    }

    private static string Describe(JsonException error) =>
        error.Path is { Length: > 0 } path ? $"at {path}, line {error.LineNumber + 1}" : $"line {error.LineNumber + 1}";
}
