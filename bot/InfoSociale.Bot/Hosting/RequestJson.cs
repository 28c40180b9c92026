using System.Text.Json;
using InfoSociale.Core.Activities;
using Microsoft.AspNetCore.Http.Features;

namespace InfoSociale.Bot.Hosting;

// Why a request body was not read: the status, a short code and what to change, for the client.
public sealed record RequestRefusal(int Status, string Code, string Message);

public static class RequestJson
{
    // Deeper JSON than any activity needs is refused before it is built in memory.
    public const int MaxDepth = 32;
    private static readonly JsonSerializerOptions Options = new(ActivityJson.Options) { MaxDepth = MaxDepth };

    // An absent or empty body reads as null. Refused: a Content-Type other than JSON (415: a page on another site
    // could otherwise post text/plain without a CORS preflight), more than maxBytes (413, read no further),
    // and malformed JSON (400, with where it broke).
    public static async Task<(T? Value, RequestRefusal? Refusal)> ReadOptionalAsync<T>(
        HttpRequest request, int maxBytes, CancellationToken cancellationToken) where T : class
    {
        if (request.ContentType is { Length: > 0 } contentType && !IsJson(contentType))
            return (null, new RequestRefusal(StatusCodes.Status415UnsupportedMediaType, "UnsupportedMediaType",
                $"Send the body as 'Content-Type: application/json' (got '{Shorten(contentType)}')."));
        if (request.ContentLength > maxBytes) return (null, TooLarge(maxBytes));

        var body = await ReadAtMostAsync(request, maxBytes, cancellationToken);
        if (body is null) return (null, TooLarge(maxBytes));
        if (body.Length == 0) return (null, null);
        try
        {
            return (JsonSerializer.Deserialize<T>(body.GetBuffer().AsSpan(0, (int)body.Length), Options), null);
        }
        catch (JsonException error)
        {
            return (null, new RequestRefusal(StatusCodes.Status400BadRequest, "BadArgument", $"The body is not valid JSON for this call ({Describe(error)})."));
        }
    }

    public static RequestRefusal TooLarge(int maxBytes) =>
        new(StatusCodes.Status413PayloadTooLarge, "RequestTooLarge", $"The body is larger than this call accepts ({maxBytes / 1024} KB at most).");

    private static bool IsJson(string contentType) =>
        contentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase)
        && (contentType.Length == "application/json".Length || contentType["application/json".Length] is ';' or ' ');

    // Null when the body is longer than maxBytes; chunked bodies are cut there too.
    private static async Task<MemoryStream?> ReadAtMostAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        var sizeFeature = request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (sizeFeature is { IsReadOnly: false }) sizeFeature.MaxRequestBodySize = maxBytes + 1L;
        var body = new MemoryStream();
        var chunk = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (body.Length + read > maxBytes) return null;
                body.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException error) when (error.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return null;
        }
        return body;
    }

    private static string Shorten(string value) => value.Length <= 60 ? value : value[..60] + "…";

    private static string Describe(JsonException error) =>
        error.Path is { Length: > 0 } path ? $"at {Shorten(path)}, line {error.LineNumber + 1}" : $"line {error.LineNumber + 1}";
}
