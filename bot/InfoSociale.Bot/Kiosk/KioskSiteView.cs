using InfoSociale.Core.Answers;
using InfoSociale.Core.Dialogs;
using InfoSociale.Core.KnowledgeBase;
using InfoSociale.Core.Kiosks;
using InfoSociale.Core.Places;

namespace InfoSociale.Bot.Kiosk;

// What the kiosk page needs about its site, as JSON: the centre's reception, the urgent numbers, the delays.
// The page keeps this in its service worker, so the offline screen can still show numbers and hours.
public sealed record KioskSiteView(
    string Id,
    string Name,
    string Territory,
    string TerritoryName,
    IReadOnlyList<string> Languages,
    int IdleSeconds,
    int WarningSeconds,
    GeoPoint? Coordinates,
    KioskPlaceView Reception,
    IReadOnlyList<EmergencyNumber> EmergencyNumbers)
{
    public static KioskSiteView Of(KioskSite site, EntryCatalog catalog, Messages messages, TimeProvider clock)
    {
        var territory = catalog.Territories[site.Territory];
        var structure = catalog.Find(site.Structure)!;
        var localNow = TimeZoneInfo.ConvertTime(clock.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById(territory.TimeZone)).DateTime;
        var hours = site.ReceptionHours ?? structure.OpeningHours;
        var reception = KioskPlaceView.Of(new NearbyPlace(structure, null,
            hours is not null && OpeningHours.TryParse(hours, out var parsed, out _) ? OpeningStatus.At(parsed!, localNow) : null), messages) with { Hours = hours };
        return new KioskSiteView(site.Id, site.Name, site.Territory, territory.Name, site.Languages, site.IdleSeconds, site.WarningSeconds,
            site.Coordinates, reception, territory.EmergencyNumbers);
    }
}

// One place as the kiosk shows it: "Ouvert maintenant · ferme à 17 h", the distance in metres when known.
public sealed record KioskPlaceView(
    string Id,
    string Title,
    string? Address,
    string? Phone,
    string? PhoneText,
    string? Website,
    GeoPoint? Geo,
    int? DistanceMetres,
    bool? OpenNow,
    string? Status,
    bool Verified)
{
    // The raw opening_hours of the reception (null for other places: their status says it).
    public string? Hours { get; init; }

    public static KioskPlaceView Of(NearbyPlace place, Messages messages)
    {
        var entry = place.Structure;
        var status = place.Status is null ? null : new OpeningHoursPhrase(messages, TimeProvider.System).Describe(place.Status);
        return new KioskPlaceView(entry.Id, entry.Title,
            entry.Address is { } a ? $"{a.Street}, {a.PostalCode} {a.City}" : null,
            entry.Contact?.Phone, entry.Contact?.Phone is { } phone ? Core.Answers.PhoneText.Format(phone) : null,
            entry.Contact?.Website, entry.Geo,
            place.DistanceMetres is { } metres ? (int)Math.Round(metres) : null,
            place.OpenNow, status, entry.Verified);
    }
}
