using InfoSociale.Core.KnowledgeBase;
using InfoSociale.Core.Kiosks;
using InfoSociale.Core.Places;

namespace InfoSociale.Tests.Kiosks;

public class NearbyPlacesTests
{
    private static readonly DateTime TuesdayTenOClock = new(2026, 11, 24, 10, 0, 0);

    [Fact]
    public void Geneva_to_Paris_is_about_410_km()
    {
        GeoDistance.Metres(new GeoPoint(46.2044, 6.1432), new GeoPoint(48.8566, 2.3522)).Should().BeApproximately(411_000, 3_000);
    }

    [Fact]
    public void The_centre_comes_first_then_the_nearest_then_the_ones_without_coordinates()
    {
        var catalog = Catalog(
            Place("ge-str-centre", null, null),
            Place("ge-str-far", new GeoPoint(46.30, 6.14), null),
            Place("ge-str-near", new GeoPoint(46.21, 6.14), null),
            Place("ge-str-unknown", null, null));
        var site = Site(new GeoPoint(46.20, 6.14));

        var places = NearbyPlaces.For(site, catalog, TuesdayTenOClock, 10);

        places.Select(p => p.Structure.Id).Should().Equal("ge-str-centre", "ge-str-near", "ge-str-far", "ge-str-unknown");
        places[1].DistanceMetres.Should().BeApproximately(1_112, 5);
        places[0].DistanceMetres.Should().BeNull();
    }

    [Fact]
    public void Without_the_kiosk_coordinates_the_places_open_now_come_first()
    {
        var catalog = Catalog(
            Place("ge-str-centre", null, null),
            Place("ge-str-a-ferme", null, "Sa 09:00-12:00"),
            Place("ge-str-b-ouvert", null, "Mo-Fr 08:00-18:00"),
            Place("ge-str-sans-adresse", null, null, address: false));

        var places = NearbyPlaces.For(Site(null), catalog, TuesdayTenOClock, 10);

        places.Select(p => p.Structure.Id).Should().Equal("ge-str-centre", "ge-str-b-ouvert", "ge-str-a-ferme");
        places[1].OpenNow.Should().BeTrue();
        places[2].OpenNow.Should().BeFalse();
    }

    private static KioskSite Site(GeoPoint? here) =>
        new() { Id = "ge-test", Name = "Test", Territory = "ge", Structure = "ge-str-centre", Coordinates = here };

    private static EntryCatalog Catalog(params Entry[] entries) => new(entries, []);

    private static Entry Place(string id, GeoPoint? geo, string? hours, bool address = true) => new()
    {
        Id = id,
        Kind = EntryKind.Structure,
        Territory = "ge",
        Title = id,
        Summary = "Un lieu.",
        Geo = geo,
        OpeningHours = hours,
        Address = address ? new Address("Rue de l'Exemple 1", "1204", "Genève", null) : null,
    };
}
