using InfoSociale.Bot.Kiosk;
using InfoSociale.Core;
using InfoSociale.Core.Kiosks;
using InfoSociale.Core.KnowledgeBase;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Playwright;

namespace InfoSociale.Tests.Web.Kiosk;

// "Où aller ?" with coordinates. The shipped knowledge base holds none yet (no official page gives them), so this host
// gets test points for the kiosk and three Geneva places: the real server computes distances, the real Leaflet draws.
public sealed class KioskMapTests(ChromiumBrowser chromium) : IClassFixture<ChromiumBrowser>, IAsyncLifetime
{
    private static readonly GeoPoint Kiosk = new(46.2100, 6.1450);
    private RunningHost _host = null!;
    private IReadOnlyList<string> _titles = [];

    public async Task InitializeAsync()
    {
        var shipped = KnowledgeBaseLoader.Load(ProjectPaths.KnowledgeBase).Catalog;
        var sites = KioskSites.Load(ProjectPaths.KnowledgeBase);
        var site = sites[KioskPage.Site];
        var located = shipped.InTerritory("ge")
            .Where(e => e.Kind == EntryKind.Structure && e.Address is not null && e.Id != site.Structure)
            .Select(e => e.Id).Take(2).Prepend(site.Structure).ToList();
        _titles = located.Select(id => shipped.Find(id)!.Title).ToList();
        // Each located place a little further north than the one before it: the list must follow that order.
        var catalog = new EntryCatalog(
            shipped.Entries.Select(e => located.IndexOf(e.Id) is var i and >= 0 ? e with { Geo = new GeoPoint(Kiosk.Lat + 0.002 * (i + 1), Kiosk.Lon) } : e),
            shipped.Territories.Values);
        var kiosks = sites.ToDictionary(s => s.Key, s => s.Key == KioskPage.Site ? s.Value with { Coordinates = Kiosk } : s.Value);
        _host = await RunningHost.StartAsync(bot: null, configureServices: services =>
        {
            services.Replace(ServiceDescriptor.Singleton(catalog));
            services.Replace(ServiceDescriptor.Singleton(new KioskSiteCatalogue(kiosks)));
        });
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Where_the_kiosk_and_its_places_have_coordinates_the_map_numbers_them_in_the_order_of_the_list()
    {
        var (context, page) = await KioskPage.OpenAsync(chromium.Browser, _host, KioskPage.Portrait);
        await using var _ = context;

        await page.Locator("#attract-start").TapAsync();
        await page.Locator(".tiles-main .tile").Nth(3).TapAsync();
        await KioskPage.Expect(page.Locator(".map .map-number"));

        (await page.Locator(".map .map-number").AllInnerTextsAsync()).Should().Equal("1", "2", "3");
        (await page.Locator(".map").GetAttributeAsync("role")).Should().Be("img");
        (await page.Locator(".map").GetAttributeAsync("aria-label")).Should().NotBeNullOrWhiteSpace();
        (await page.Locator(".place h3").AllInnerTextsAsync()).Take(3).Should().Equal(_titles);
        (await page.Locator(".place").Nth(1).InnerTextAsync()).Should().Contain(" m");
        (await KioskPage.ProblemsAsync(page, "portrait-where-map")).Should().BeEmpty();
    }
}
