using System.Security.Cryptography;
using InfoSociale.Bot.DirectLine;
using InfoSociale.Bot.Hosting;
using InfoSociale.Bot.WebChat;
using InfoSociale.Core;
using InfoSociale.Core.Dialogs;
using InfoSociale.Core.KnowledgeBase;
using InfoSociale.Core.Kiosks;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;

namespace InfoSociale.Bot.Kiosk;

// The touchscreen kiosk: its page (kiosk/, plain files from the repository), Leaflet from node_modules, the site's
// settings, a conversation token for the kiosk channel, and the places nearest the kiosk.
public static class KioskEndpoints
{
    public const string KioskFolder = "kiosk";
    private const string LeafletFolder = "node_modules/leaflet/dist";
    private const int PlacesShown = 8;

    public static WebApplication UseKioskPage(this WebApplication app)
    {
        var folder = Path.Combine(ProjectPaths.Root, KioskFolder);
        if (Directory.Exists(folder))
            app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(folder), RequestPath = "/kiosk", OnPrepareResponse = NoStaleCode });
        var leaflet = Path.Combine(ProjectPaths.Root, LeafletFolder);
        if (Directory.Exists(leaflet))
            app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(leaflet), RequestPath = "/kiosk/vendor/leaflet" });
        return app;
    }

    public static IEndpointRouteBuilder MapKioskEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/kiosk", ServePage);
        // Under /kiosk/ so that the service worker keeps it with the app's files for the offline screen.
        app.MapGet("/kiosk/labels.json", (KioskLabels labels) => TypedResults.Json(labels.ByLanguage));
        var api = app.MapGroup("/api/kiosk");
        api.MapGet("/sites/{site}", DescribeSite);
        api.MapGet("/sites/{site}/places", ListPlaces);
        api.MapPost("/token", IssueKioskTokenAsync).RequireRateLimiting(WebChatEndpoints.TokenRateLimit);
        return app;
    }

    // Every start revalidates the app's own files, so a deployed fix reaches every kiosk. The service worker lives in
    // /kiosk/ but serves the page /kiosk?site=…, one level up: the header allows that scope.
    private static void NoStaleCode(StaticFileResponseContext context)
    {
        context.Context.Response.Headers.CacheControl = "no-cache";
        if (context.File.Name == "sw.js") context.Context.Response.Headers["Service-Worker-Allowed"] = "/kiosk";
    }

    private static Results<PhysicalFileHttpResult, ContentHttpResult> ServePage()
    {
        var page = Path.Combine(ProjectPaths.Root, KioskFolder, "index.html");
        if (!File.Exists(page))
            return TypedResults.Text("The kiosk app is missing: kiosk/index.html.", "text/plain", statusCode: StatusCodes.Status503ServiceUnavailable);
        return TypedResults.PhysicalFile(page, "text/html; charset=utf-8");
    }

    private static Results<Ok<KioskSiteView>, ProblemHttpResult> DescribeSite(
        string site, KioskSiteCatalogue sites, EntryCatalog catalog, Messages messages, TimeProvider clock) =>
        sites.Find(site) is { } known
            ? TypedResults.Ok(KioskSiteView.Of(known, catalog, messages, clock))
            : UnknownSite(site);

    private static Results<Ok<IReadOnlyList<KioskPlaceView>>, ProblemHttpResult> ListPlaces(
        string site, KioskSiteCatalogue sites, EntryCatalog catalog, Messages messages, TimeProvider clock)
    {
        if (sites.Find(site) is not { } known) return UnknownSite(site);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(catalog.Territories[known.Territory].TimeZone);
        var localNow = TimeZoneInfo.ConvertTime(clock.GetUtcNow(), zone).DateTime;
        IReadOnlyList<KioskPlaceView> places = NearbyPlaces.For(known, catalog, localNow, PlacesShown).Select(p => KioskPlaceView.Of(p, messages)).ToList();
        return TypedResults.Ok(places);
    }

    // Body: {"site":"ge-cite-seniors"}. The conversation is of the site's territory and of channel "kiosk".
    private static async Task<Results<Ok<TokenResponse>, JsonHttpResult<DirectLineErrorBody>>> IssueKioskTokenAsync(
        HttpContext http, KioskSiteCatalogue sites, [AsParameters] DirectLineServices directLine)
    {
        var (body, refusal) = await RequestJson.ReadOptionalAsync<KioskStartRequest>(http.Request, ClientInput.StartBodyBytes, http.RequestAborted);
        if (refusal is not null) return DirectLineError.From(refusal);
        if (body?.Site is not { } id || sites.Find(id) is not { } site)
            return DirectLineError.BadArgument($"Unknown kiosk site '{body?.Site}'; the sites are the ids of knowledge-base/kiosques.yaml.");

        var userId = "dl_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));
        var conversation = directLine.Conversations.Create(site.Territory, userId, "fr-FR", site.Id);
        return TypedResults.Ok(TokenResponse.From(directLine.Tokens.Issue(conversation.Id, userId, TrustedOrigins.OfPage(http.Request))));
    }

    private static ProblemHttpResult UnknownSite(string site) =>
        TypedResults.Problem($"No kiosk '{(site.Length > 80 ? site[..80] + "…" : site)}' in knowledge-base/kiosques.yaml.",
            statusCode: StatusCodes.Status404NotFound, title: "Unknown kiosk site");
}

public sealed record KioskStartRequest(string? Site);

// The kiosk sites of knowledge-base/kiosques.yaml, read once at start.
public sealed class KioskSiteCatalogue(IReadOnlyDictionary<string, KioskSite> sites)
{
    public KioskSite? Find(string id) => sites.GetValueOrDefault(id);

    public IEnumerable<KioskSite> All => sites.Values;
}
