using InfoSociale.Core.KnowledgeBase;
using InfoSociale.Core.Places;

namespace InfoSociale.Core.Kiosks;

// A place for "Où aller ?": distance from the kiosk when both points are known, open now when its hours are.
public sealed record NearbyPlace(Entry Structure, double? DistanceMetres, OpeningStatus? Status)
{
    public bool? OpenNow => Status is null ? null : Status.State is OpeningState.AlwaysOpen or OpeningState.OpenUntil;
}

// "Où aller ?" at a kiosk: the places of its territory that a resident can reach (an address or a phone), the
// centre's own reception first, then the nearest (when distances are known), then the ones open now, then by name.
public static class NearbyPlaces
{
    public static IReadOnlyList<NearbyPlace> For(KioskSite site, EntryCatalog catalog, DateTime localNow, int count)
    {
        var places = catalog.InTerritory(site.Territory)
            .Where(e => e.Kind == EntryKind.Structure && (e.Address is not null || e.Contact?.Phone is not null))
            .Select(e => new NearbyPlace(e,
                site.Coordinates is { } here && e.Geo is { } there ? GeoDistance.Metres(here, there) : null,
                e.OpeningHours is { } text && OpeningHours.TryParse(text, out var hours, out _) ? OpeningStatus.At(hours!, localNow) : null));
        return places
            .OrderBy(p => p.Structure.Id == site.Structure ? 0 : 1)
            .ThenBy(p => p.DistanceMetres ?? double.MaxValue)
            .ThenBy(p => p.OpenNow == true ? 0 : 1)
            .ThenBy(p => p.Structure.Title, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("fr-FR"), ignoreCase: true))
            .Take(count)
            .ToList();
    }
}
