using InfoSociale.Bot.Hosting;
using System.Security.Cryptography;
using InfoSociale.Bot.DirectLine;
using InfoSociale.Core;
using Microsoft.AspNetCore.Http.HttpResults;

namespace InfoSociale.Bot.WebChat;

// The website chat page (wwwroot/index.html), Microsoft's Web Chat bundle served from node_modules (no CDN),
// and the page's token endpoint: a fresh conversation token without ever showing the secret.
public static class WebChatEndpoints
{
    public const string TokenRateLimit = "directline-page-token";
    private const string WebChatBundle = "node_modules/botframework-webchat/dist/webchat.js";

    public static WebApplication UseWebChatPage(this WebApplication app)
    {
        app.UseDefaultFiles();
        app.UseStaticFiles();
        return app;
    }

    public static IEndpointRouteBuilder MapWebChatEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/vendor/webchat.js", ServeWebChatBundle);
        app.MapPost("/api/directline/token", IssuePageTokenAsync)
            .RequireRateLimiting(TokenRateLimit)
            .RequireCors(DirectLineEndpoints.CorsPolicy);
        return app;
    }

    private static Results<PhysicalFileHttpResult, ContentHttpResult> ServeWebChatBundle()
    {
        var bundle = Path.Combine(ProjectPaths.Root, WebChatBundle);
        if (!File.Exists(bundle))
            return TypedResults.Text("// Web Chat is not installed: run `npm ci` at the repository root.", "text/javascript", statusCode: StatusCodes.Status503ServiceUnavailable);
        return TypedResults.PhysicalFile(bundle, "text/javascript; charset=utf-8", lastModified: File.GetLastWriteTimeUtc(bundle));
    }

    // Body (optional): {"territory":"paris","locale":"fr-FR"}. The user id lives in the token ("dl_" ids are token-made),
    // and so does the asking page's origin: the token works from that page only.
    private static async Task<Results<Ok<TokenResponse>, JsonHttpResult<DirectLineErrorBody>>> IssuePageTokenAsync(
        HttpContext http, [AsParameters] DirectLineServices directLine)
    {
        var (body, refusal) = await DirectLineEndpoints.ReadStartRequestAsync(http);
        if (refusal is not null) return refusal;
        var (territory, unknown) = directLine.ResolveTerritory(body?.Territory);
        if (unknown is not null) return DirectLineError.BadArgument(unknown);

        var userId = "dl_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));
        var conversation = directLine.Conversations.Create(territory!, userId, body?.Locale ?? "fr-FR");
        return TypedResults.Ok(TokenResponse.From(directLine.Tokens.Issue(conversation.Id, userId, TrustedOrigins.OfPage(http.Request))));
    }
}
