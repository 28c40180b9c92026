using Microsoft.Playwright;

namespace InfoSociale.Tests.Web.Kiosk;

// Every screen of the kiosk, with the real assistant, through axe (WCAG 2.2 AA tags), the 44 px target check and
// a screenshot: both orientations, both contrasts, the three text sizes, French and Arabic (right to left), in four
// combinations that cover each value (each row takes about a minute and a half on two busy cores).
public sealed class KioskAccessibilityTests(ChromiumBrowser chromium) : IClassFixture<ChromiumBrowser>, IAsyncLifetime
{
    private RunningHost _host = null!;

    public async Task InitializeAsync() => _host = await RunningHost.StartAsync(bot: null);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData("portrait", false, 0, "fr")]
    [InlineData("landscape", true, 2, "fr")]
    [InlineData("portrait", true, 1, "ar")]
    [InlineData("landscape", false, 2, "ar")]
    public async Task Every_screen_passes_axe_and_has_only_large_uncovered_targets(string orientation, bool highContrast, int size, string language)
    {
        var (context, page) = await KioskPage.OpenAsync(chromium.Browser, _host, orientation == "portrait" ? KioskPage.Portrait : KioskPage.Landscape);
        await using var _ = context;
        var problems = new List<string>();
        var prefix = $"{orientation}-{(highContrast ? "contrast" : "normal")}-size{size}-{language}";
        async Task Check(string screen) => problems.AddRange(await KioskPage.ProblemsAsync(page, $"{prefix}-{screen}"));

        if (highContrast) await page.Locator(".bar-top .control").Nth(3).ClickAsync();
        if (size > 0) await page.Locator($".size-{size}").ClickAsync();
        if (language != "fr")
        {
            await page.Locator(".bar-top .control").Nth(4).ClickAsync();
            await KioskPage.Tile(page, "العربية").ClickAsync();
            (await page.GetAttributeAsync("html", "dir")).Should().Be("rtl");
            (await page.GetAttributeAsync("html", "lang")).Should().Be("ar");
        }
        await Check("attract");

        await page.Locator("#attract-start").ClickAsync();
        await KioskPage.Expect(page.Locator(".tiles-themes"));
        await Check("home");

        await page.Locator(".tile-urgent").ClickAsync();
        await KioskPage.Expect(page.Locator(".number-digits", new() { HasText = "117" }));
        await Check("urgent");

        await page.Locator(".nav").Nth(0).ClickAsync();
        await page.Locator(".tiles-main .tile").Nth(3).ClickAsync();
        await KioskPage.Expect(page.Locator(".place"));
        await Check("where");

        await page.Locator(".nav").Nth(0).ClickAsync();
        await page.Locator(".tiles-main .tile").Nth(4).ClickAsync();
        await KioskPage.Expect(page.Locator(".keyboard"));
        await Check("write");

        await page.Locator(".bar-top .control").Nth(4).ClickAsync();
        await KioskPage.Expect(page.Locator(".tiles-languages"));
        await Check("language");
        await page.Locator(".nav").Nth(1).ClickAsync();

        await page.Locator(".nav").Nth(3).ClickAsync();
        await KioskPage.Expect(page.Locator(".reception"));
        await KioskPage.Expect(page.Locator(".replies .message"));
        await Check("person");

        await page.Locator(".nav").Nth(0).ClickAsync();
        await page.Locator(".tiles-themes .tile").Nth(0).ClickAsync();
        await KioskPage.Expect(page.Locator(".replies .card"));
        await Check("answers");

        await page.Locator(".card .tile-action").First.ClickAsync();
        await KioskPage.Expect(page.Locator(".take-home .qr"));
        await Check("details");

        await context.SetOfflineAsync(true);
        await KioskPage.Expect(page.Locator("[data-screen=offline] .number-digits"));
        await Check("offline");
        await context.SetOfflineAsync(false);

        problems.Should().BeEmpty();
    }

    [Fact]
    public async Task Every_screen_works_with_the_keyboard_alone_and_shows_where_the_focus_is()
    {
        var (context, page) = await KioskPage.OpenAsync(chromium.Browser, _host, KioskPage.Landscape, touch: false);
        await using var _ = context;

        await FocusAsync(page, "#attract-start");
        await page.Keyboard.PressAsync("Enter");
        await KioskPage.Expect(page.Locator(".tiles-themes"));
        await FocusAsync(page, ".tile-urgent");
        (await FocusRingAsync(page)).Should().BeTrue("the focused tile shows a visible outline");
        await page.Keyboard.PressAsync("Enter");
        await KioskPage.Expect(page.Locator(".number-digits", new() { HasText = "117" }));
        await FocusAsync(page, ".nav-back");
        await page.Keyboard.PressAsync("Space");
        await FocusAsync(page, ".tiles-main .tile >> nth=4");
        await page.Keyboard.PressAsync("Enter");
        await FocusAsync(page, ".key >> text=l");
        await page.Keyboard.PressAsync("Enter");
        await FocusAsync(page, ".key >> text=o");
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.PressAsync("Enter");
        (await page.InputValueAsync("#question")).Should().Be("loo");
        await FocusAsync(page, ".key-send");
        await page.Keyboard.PressAsync("Enter");
        await KioskPage.Expect(page.Locator(".replies .message"));
        (await FocusRingAsync(page)).Should().BeTrue("the screen itself shows where the focus went");
    }

    // Tab until the element has the focus (at most 80 presses): what a keyboard or a tactile keypad user does.
    private static async Task FocusAsync(IPage page, string selector)
    {
        var target = page.Locator(selector).First;
        for (var i = 0; i < 80; i++)
        {
            if (await target.EvaluateAsync<bool>("e => e === document.activeElement")) return;
            await page.Keyboard.PressAsync("Tab");
        }
        throw new InvalidOperationException($"Tab never reached {selector}");
    }

    private static Task<bool> FocusRingAsync(IPage page) =>
        page.EvaluateAsync<bool>("() => { const s = getComputedStyle(document.activeElement); return s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 3; }");
}
