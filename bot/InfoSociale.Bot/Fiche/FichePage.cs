using System.Net;
using System.Text;
using InfoSociale.Core.Answers;
using InfoSociale.Core.Dialogs;
using InfoSociale.Core.KnowledgeBase;
using InfoSociale.Core.Places;

namespace InfoSociale.Bot.Fiche;

// The fiche as one accessible HTML page: the same facts as the answer card in detail (summary, body, steps,
// documents, where to go, contact, source and date), the QR code of its own address, and an "Imprimer" button.
// No inline script or style: /kiosk/fiche.css (screen and 80 mm print) and /kiosk/fiche.js.
public static class FichePage
{
    public static string Render(Entry entry, EntryCatalog catalog, Messages messages, string qrSvg, string url)
    {
        string E(string text) => WebUtility.HtmlEncode(text);
        var html = new StringBuilder();
        html.Append($"""
            <!doctype html>
            <html lang="fr">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{E(entry.Title)} – InfoSociale</title>
            <link rel="stylesheet" href="/kiosk/fiche.css">
            </head>
            <body>
            <main class="fiche">
            <p class="fiche-kind">{E(messages.Text("kind." + entry.Kind.ToString().ToLowerInvariant()))}</p>
            <h1>{E(entry.Title)}</h1>
            <p class="fiche-summary">{E(entry.Summary)}</p>

            """);
        html.Append(MarkdownHtml.ToHtml(entry.Body));
        List(html, messages.Text("answer.details.steps"), entry.Steps.Select(E), "ol");
        List(html, messages.Text("answer.details.documents"), entry.Documents.Select(E), "ul");
        List(html, messages.Text("answer.details.where"), entry.Structures.Select(catalog.Find).OfType<Entry>().Select(s => PlaceLine(s, E)), "ul");
        if (entry.Kind == EntryKind.Structure) List(html, messages.Text("answer.details.where"), [PlaceLine(entry, E)], "ul");
        if (entry.Number is { } number) List(html, messages.Text("answer.details.contact"), [$"<strong class=\"fiche-number\">{E(number)}</strong>"], "ul");
        if (entry.Contact is { } contact)
            List(html, messages.Text("answer.details.contact"), new[]
            {
                contact.Phone is { } phone ? $"<a href=\"tel:{E(phone)}\">{E(PhoneText.Format(phone))}</a>" : null,
                contact.Email is { } email ? E(email) : null,
                contact.Website is { } site ? $"<a href=\"{E(site)}\">{E(site)}</a>" : null,
            }.OfType<string>(), "ul");
        if (!entry.Verified) html.Append($"<p class=\"fiche-warning\">{E(messages.Text("answer.details.unverified"))}</p>\n");
        if (entry.Sources.Count > 0) html.Append($"<p class=\"fiche-source\">{E(messages.Text("answer.details.sources", ("sources", string.Join(", ", entry.Sources))))}</p>\n");
        if (entry.LastVerified is { } date) html.Append($"<p class=\"fiche-source\">{E(messages.Text("answer.details.updated", ("date", FrenchClock.Date(date))))}</p>\n");
        html.Append($"""
            <figure class="fiche-qr">
            <div role="img" aria-label="{E(messages.Text("fiche.qr_label"))}">{qrSvg}</div>
            <figcaption>{E(messages.Text("fiche.qr_caption"))} <span class="fiche-url">{E(url)}</span></figcaption>
            </figure>
            <p class="fiche-actions"><button type="button" id="fiche-print" class="fiche-print">{E(messages.Text("fiche.print"))}</button></p>
            </main>
            <script type="module" src="/kiosk/fiche.js"></script>
            </body>
            </html>

            """);
        return html.ToString();
    }

    private static void List(StringBuilder html, string title, IEnumerable<string> items, string tag)
    {
        var list = items.ToList();
        if (list.Count == 0) return;
        html.Append($"<h2>{WebUtility.HtmlEncode(title)}</h2>\n<{tag}>\n");
        foreach (var item in list) html.Append("<li>").Append(item).Append("</li>\n");
        html.Append($"</{tag}>\n");
    }

    private static string PlaceLine(Entry place, Func<string, string> e) =>
        string.Join(", ", new[]
        {
            $"<strong>{e(place.Title)}</strong>",
            place.Address is { } a ? e($"{a.Street}, {a.PostalCode} {a.City}") : null,
            place.Contact?.Phone is { } phone ? $"<a href=\"tel:{e(phone)}\">{e(PhoneText.Format(phone))}</a>" : null,
        }.OfType<string>());
}
