using System.Text.Json;
using InfoSociale.Bot.DirectLine;
using InfoSociale.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace InfoSociale.Tests.Web.Kiosk;

// What a resident does at the kiosk, in a real Chromium with the real assistant: touch only, the privacy reset,
// the QR code of a fiche, the offline screen and the way back.
public sealed class KioskBehaviourTests(ChromiumBrowser chromium) : IClassFixture<ChromiumBrowser>, IAsyncLifetime
{
    private RunningHost _host = null!;

    public async Task InitializeAsync() => _host = await RunningHost.StartAsync(bot: null);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_whole_guided_orientation_is_done_by_touch_alone()
    {
        var (context, page) = await KioskPage.OpenAsync(chromium.Browser, _host, KioskPage.Portrait);
        await using var _ = context;

        await page.Locator("#attract-start").TapAsync();
        await KioskPage.Tile(page, "Je ne sais pas par où commencer").TapAsync();
        await KioskPage.Expect(page.GetByText("qui êtes-vous ?"));
        for (var question = 0; question < 8; question++)
        {
            if (await page.GetByText("Vous pourriez avoir droit à").CountAsync() > 0 || await page.GetByText("Je n'ai pas trouvé d'aide sûre").CountAsync() > 0) break;
            var before = await page.Locator(".replies").InnerTextAsync();
            await page.Locator(".tiles-actions .tile-action").First.TapAsync();
            await Assertions.Expect(page.Locator(".replies")).Not.ToHaveTextAsync(before, new() { Timeout = KioskPage.Patience });
            await KioskPage.Expect(page.Locator(".tiles-actions .tile-action"));
        }

        await KioskPage.Expect(page.GetByText("Où aller :"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(KioskPage.Artifacts, "portrait-orientation-result.png"), FullPage = true });
    }

    [Fact]
    public async Task After_the_idle_delay_the_kiosk_warns_then_forgets_everything()
    {
        var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = KioskPage.Landscape.Width, Height = KioskPage.Landscape.Height },
            HasTouch = true,
        });
        await using var _ = context;
        var page = await context.NewPageAsync();
        await page.Clock.InstallAsync();
        await page.GotoAsync(new Uri(_host.BaseAddress, $"kiosk?site={KioskPage.Site}").ToString());
        await KioskPage.Expect(page.Locator("#attract-start"));
        await page.Locator(".size-2").TapAsync();
        await page.Locator(".bar-top .control").Nth(3).TapAsync();
        var started = page.WaitForResponseAsync(r => r.Url.EndsWith("/v3/directline/conversations") && r.Request.Method == "POST");
        await page.Locator("#attract-start").TapAsync();
        var conversationId = JsonDocument.Parse(await (await started).TextAsync()).RootElement.GetProperty("conversationId").GetString()!;
        await page.Locator(".tiles-themes .tile").Nth(0).TapAsync();
        await KioskPage.Expect(page.Locator(".replies .card"));
        await page.EvaluateAsync("() => { sessionStorage.setItem('x', '1'); localStorage.setItem('y', '2'); return caches.open('leftover').then(c => c.put('/kiosk/leftover', new Response('x'))); }");

        await page.Clock.FastForwardAsync("02:00");
        await page.Clock.RunForAsync(1500);

        var warning = page.GetByRole(AriaRole.Alertdialog);
        await KioskPage.Expect(warning.GetByText("Êtes-vous encore là ?"));
        (await KioskPage.ProblemsAsync(page, "landscape-contrast-size2-fr-warning")).Should().BeEmpty();
        await page.Clock.RunForAsync("00:31");

        await KioskPage.Expect(page.Locator("#attract-start"));
        (await page.Locator("body").InnerTextAsync()).Should().NotContain("Voici ce que j'ai trouvé");
        (await page.GetAttributeAsync("html", "data-size")).Should().Be("0");
        (await page.GetAttributeAsync("html", "data-contrast")).Should().Be("normal");
        await AssertForgottenAsync(page, conversationId);
    }

    [Fact]
    public async Task Continuer_keeps_the_session_and_Terminer_forgets_it_at_once()
    {
        var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { HasTouch = true });
        await using var _ = context;
        var page = await context.NewPageAsync();
        await page.Clock.InstallAsync();
        await page.GotoAsync(new Uri(_host.BaseAddress, $"kiosk?site={KioskPage.Site}").ToString());
        var started = page.WaitForResponseAsync(r => r.Url.EndsWith("/v3/directline/conversations") && r.Request.Method == "POST");
        await page.Locator("#attract-start").TapAsync();
        var conversationId = JsonDocument.Parse(await (await started).TextAsync()).RootElement.GetProperty("conversationId").GetString()!;
        await page.Locator(".tile-urgent").TapAsync();

        await page.Clock.FastForwardAsync("02:00");
        await page.Clock.RunForAsync(1500);
        await page.Locator("#warning-continue").TapAsync();
        await page.Clock.RunForAsync("00:40");

        await KioskPage.Expect(page.Locator(".number-digits"));
        await page.Locator(".control-finish").TapAsync();
        await KioskPage.Expect(page.Locator("#attract-start"));
        await AssertForgottenAsync(page, conversationId);
    }

    [Fact]
    public async Task The_QR_code_of_an_answer_decodes_to_its_fiche_address()
    {
        var (context, page) = await KioskPage.OpenAsync(chromium.Browser, _host, KioskPage.Portrait, testScripts: true);
        await using var _ = context;
        await page.Locator("#attract-start").TapAsync();
        await page.Locator(".tiles-themes .tile").Nth(0).TapAsync();
        await KioskPage.Expect(page.Locator(".replies .card"));
        var title = await page.Locator(".card-title").First.InnerTextAsync();
        await page.Locator(".card .tile-action").First.TapAsync();
        await KioskPage.Expect(page.Locator(".take-home .qr"));
        await page.Locator(".take-home .qr").EvaluateAsync("img => img.decode()");

        await page.AddScriptTagAsync(new() { Path = Path.Combine(ProjectPaths.Root, "node_modules", "jsqr", "dist", "jsQR.js") });
        var decoded = await page.Locator(".take-home .qr").EvaluateAsync<string?>("""
            img => {
              const canvas = document.createElement('canvas');
              canvas.width = 400; canvas.height = 400;
              const g = canvas.getContext('2d');
              g.fillStyle = '#fff'; g.fillRect(0, 0, 400, 400);
              g.drawImage(img, 20, 20, 360, 360);
              const pixels = g.getImageData(0, 0, 400, 400);
              const code = jsQR(pixels.data, 400, 400);
              return code ? code.data : null;
            }
            """);

        decoded.Should().StartWith(_host.BaseAddress + "fiche/");
        using var fiche = await _host.Http.GetAsync(decoded);
        (await fiche.Content.ReadAsStringAsync()).Should().Contain(System.Net.WebUtility.HtmlEncode(title));
    }

    [Fact]
    public async Task The_offline_screen_shows_the_urgent_numbers_and_the_kiosk_comes_back_by_itself()
    {
        var (context, page) = await KioskPage.OpenAsync(chromium.Browser, _host, KioskPage.Landscape);
        await using var _ = context;
        await page.Locator("#attract-start").TapAsync();
        await KioskPage.Expect(page.Locator(".tiles-themes"));

        await context.SetOfflineAsync(true);
        await KioskPage.Expect(page.GetByText("La borne est hors ligne"));
        await KioskPage.Expect(page.Locator(".number-digits", new() { HasText = "144" }));
        await KioskPage.Expect(page.Locator(".reception").GetByText("Cité Seniors"));
        await context.SetOfflineAsync(false);

        await KioskPage.Expect(page.Locator(".tiles-themes"));
        await KioskPage.Expect(page.GetByText("La borne est de nouveau en ligne."));
        await page.Locator(".tiles-themes .tile").Nth(1).TapAsync();
        await KioskPage.Expect(page.Locator(".replies .message"));
    }

    [Fact]
    public async Task A_reload_while_the_server_is_unreachable_still_shows_the_offline_screen()
    {
        var (context, page) = await KioskPage.OpenAsync(chromium.Browser, _host, KioskPage.Portrait);
        await using var _ = context;
        await page.WaitForFunctionAsync("() => navigator.serviceWorker.controller !== null", null, new() { Timeout = KioskPage.Patience });

        await context.SetOfflineAsync(true);
        await page.ReloadAsync();
        await KioskPage.Expect(page.Locator("#attract-start"));
        await page.Locator("#attract-start").TapAsync();

        await KioskPage.Expect(page.GetByText("La borne est hors ligne"));
        await KioskPage.Expect(page.Locator(".number-digits", new() { HasText = "117" }));
    }

    [Fact]
    public async Task An_unknown_site_says_so_instead_of_starting()
    {
        var context = await chromium.Browser.NewContextAsync();
        await using var _ = context;
        var page = await context.NewPageAsync();

        await page.GotoAsync(new Uri(_host.BaseAddress, "kiosk?site=ge-nulle-part").ToString());

        await KioskPage.Expect(page.GetByText("Cette borne n'est pas configurée."));
    }

    // The server ended the conversation (the assistant forgot), nothing is left in the browser but the static cache.
    private async Task AssertForgottenAsync(IPage page, string conversationId)
    {
        var conversations = _host.Services.GetRequiredService<DirectLineConversations>();
        for (var i = 0; i < 100 && conversations.Find(conversationId)?.Record.Ended != true; i++) await Task.Delay(100);
        conversations.Find(conversationId)!.Record.Ended.Should().BeTrue();
        var left = await page.EvaluateAsync<JsonElement>("""
            async () => ({
              session: sessionStorage.length,
              local: localStorage.length,
              caches: (await caches.keys()).filter(k => k !== 'infosociale-kiosk-static-v1'),
              databases: indexedDB.databases ? (await indexedDB.databases()).length : 0,
            })
            """);
        left.GetProperty("session").GetInt32().Should().Be(0);
        left.GetProperty("local").GetInt32().Should().Be(0);
        left.GetProperty("caches").GetArrayLength().Should().Be(0);
        left.GetProperty("databases").GetInt32().Should().Be(0);
    }
}
