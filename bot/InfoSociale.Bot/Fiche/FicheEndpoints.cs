using System.Text.RegularExpressions;
using InfoSociale.Core.Dialogs;
using InfoSociale.Core.KnowledgeBase;
using Microsoft.AspNetCore.Http.HttpResults;

namespace InfoSociale.Bot.Fiche;

// "Take it home": the public page of an entry (/fiche/{id}, server-rendered, printable on an 80 mm ticket) and its
// address as a QR code (/fiche/{id}/qr.svg) that the kiosk shows next to an answer.
public static partial class FicheEndpoints
{
    public static IEndpointRouteBuilder MapFicheEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/fiche/{id}", ServePage);
        app.MapGet("/fiche/{id}/qr.svg", ServeQrCode);
        return app;
    }

    // The address the QR code carries: this server as the resident's phone will reach it (behind the proxy, the
    // forwarded scheme and host).
    public static string PublicUrl(HttpRequest request, string id) => $"{request.Scheme}://{request.Host}/fiche/{id}";

    private static Results<ContentHttpResult, ProblemHttpResult> ServePage(string id, HttpRequest request, EntryCatalog catalog, Messages messages)
    {
        var found = Find(id, catalog);
        if (found.Problem is not null) return found.Problem;
        var page = FichePage.Render(found.Entry!, catalog, messages, FicheQrCode.Svg(PublicUrl(request, id)), PublicUrl(request, id));
        return TypedResults.Text(page, "text/html; charset=utf-8");
    }

    private static Results<ContentHttpResult, ProblemHttpResult> ServeQrCode(string id, HttpRequest request, EntryCatalog catalog)
    {
        var found = Find(id, catalog);
        if (found.Problem is not null) return found.Problem;
        return TypedResults.Text(FicheQrCode.Svg(PublicUrl(request, id)), "image/svg+xml");
    }

    // Ids are "<territory>-<slug>": anything else is refused before the catalogue is asked.
    private static (Entry? Entry, ProblemHttpResult? Problem) Find(string id, EntryCatalog catalog)
    {
        if (id.Length > 80 || !EntryId().IsMatch(id))
            return (null, TypedResults.Problem("An entry id is lowercase letters, digits and '-', for example ge-str-hospice-general.",
                statusCode: StatusCodes.Status400BadRequest, title: "Not an entry id"));
        return catalog.Find(id) is { } entry
            ? (entry, null)
            : (null, TypedResults.Problem($"No entry '{id}' in the knowledge base.", statusCode: StatusCodes.Status404NotFound, title: "Unknown entry"));
    }

    [GeneratedRegex("^[a-z]+(-[a-z0-9]+)+$")]
    private static partial Regex EntryId();
}
