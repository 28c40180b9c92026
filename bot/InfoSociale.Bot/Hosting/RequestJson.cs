using System.Text.Json;
using InfoSociale.Core.Activities;

namespace InfoSociale.Bot.Hosting;

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
