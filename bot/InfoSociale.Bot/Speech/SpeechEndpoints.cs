using System.ComponentModel;
using System.Globalization;
using InfoSociale.Bot.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace InfoSociale.Bot.Speech;

// POST /api/speech {"text":"…"} -> audio/wav, French ("language":"en" reads the kiosk's English labels, and so on). The text travels in the body, never in the address (no
// history, no access log). Refused with 400: missing, empty, over 600 characters, control characters, no letter.
public static class SpeechEndpoints
{
    private const int MaxBodyBytes = 16 * 1024;

    public static IEndpointRouteBuilder MapSpeechEndpoints(this IEndpointRouteBuilder app)
    {
        // 600 characters of text fit in far less than 16 kB of JSON; Kestrel answers 413 above.
        app.MapPost("/api/speech", SpeakAsync).WithMetadata(new RequestSizeLimitAttribute(MaxBodyBytes));
        return app;
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> SpeakAsync(
        HttpContext http, EspeakSpeech speech, ILogger<EspeakSpeechLog> log)
    {
        var (body, refusal) = await RequestJson.ReadOptionalAsync<SpeechRequest>(http.Request, MaxBodyBytes, http.RequestAborted);
        if (refusal is not null) return TypedResults.Problem(refusal.Message, statusCode: refusal.Status, title: "Text not read aloud");
        var text = body?.Text?.Trim();
        if (Problem(text) is { } problem) return BadText(problem);
        var language = body!.Language ?? "fr";
        if (!EspeakSpeech.Languages.Contains(language)) return BadText($"Unknown language '{language}'; use one of {string.Join(", ", EspeakSpeech.Languages)}.");
        try
        {
            return TypedResults.File(await speech.WavAsync(text!, language, http.RequestAborted), "audio/wav");
        }
        catch (Exception failure) when (failure is SpeechUnavailableException or Win32Exception)
        {
            log.LogError("Read-aloud failed: {Reason}", failure.Message);
            return TypedResults.Problem("The speech synthesizer (espeak-ng) is not available on this server.",
                statusCode: StatusCodes.Status503ServiceUnavailable, title: "Speech unavailable");
        }
    }

    internal static string? Problem(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "Send {\"text\":\"…\"} with the French text to read aloud.";
        if (text.Length > EspeakSpeech.MaxCharacters) return $"The text has {text.Length} characters; at most {EspeakSpeech.MaxCharacters} are read aloud at once.";
        if (text.Any(c => char.IsControl(c) && c is not '\n' and not '\t')) return "The text holds control characters.";
        if (text.Any(c => CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.PrivateUse or UnicodeCategory.Surrogate or UnicodeCategory.OtherNotAssigned))
            return "The text holds characters that cannot be read aloud.";
        if (!text.Any(char.IsLetter)) return "The text has no word to read aloud.";
        return null;
    }

    private static ProblemHttpResult BadText(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: "Text not read aloud");
}

public sealed record SpeechRequest(string? Text, string? Language = null);

// Category name of the read-aloud logs.
public sealed class EspeakSpeechLog;
