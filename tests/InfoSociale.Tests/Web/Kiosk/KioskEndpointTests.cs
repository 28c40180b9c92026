using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using InfoSociale.Core.Activities;
using Microsoft.Playwright;

namespace InfoSociale.Tests.Web.Kiosk;

// The kiosk's server side over real HTTP: the site settings, the kiosk channel, the fiche page and its QR code,
// the read-aloud endpoint (real espeak-ng).
public sealed class KioskEndpointTests(ChromiumBrowser chromium) : IClassFixture<ChromiumBrowser>, IAsyncLifetime
{
    private readonly EchoBot _bot = new();
    private RunningHost _host = null!;

    public async Task InitializeAsync() => _host = await RunningHost.StartAsync(_bot);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_site_gives_its_reception_its_urgent_numbers_and_its_delays()
    {
        var site = await _host.Http.GetFromJsonAsync<JsonElement>($"api/kiosk/sites/{KioskPage.Site}");

        site.GetProperty("territory").GetString().Should().Be("ge");
        site.GetProperty("idleSeconds").GetInt32().Should().Be(120);
        site.GetProperty("warningSeconds").GetInt32().Should().Be(30);
        site.GetProperty("reception").GetProperty("id").GetString().Should().Be("ge-str-cite-seniors");
        site.GetProperty("emergencyNumbers").EnumerateArray().Select(n => n.GetProperty("number").GetString()).Should().Contain(["117", "144"]);
    }

    [Fact]
    public async Task An_unknown_site_is_a_404_with_a_body()
    {
        using var response = await _host.Http.GetAsync("api/kiosk/sites/ge-nulle-part");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync()).Should().Contain("kiosques.yaml");
    }

    [Fact]
    public async Task The_places_start_with_the_centre_and_say_whether_they_are_open()
    {
        var places = await _host.Http.GetFromJsonAsync<JsonElement>($"api/kiosk/sites/{KioskPage.Site}/places");

        places.GetArrayLength().Should().BeInRange(2, 8);
        places[0].GetProperty("id").GetString().Should().Be("ge-str-cite-seniors");
        places.EnumerateArray().Where(p => p.TryGetProperty("openNow", out var open) && p.TryGetProperty("status", out var status)).Should().NotBeEmpty();
    }

    [Fact]
    public async Task A_kiosk_conversation_reaches_the_bot_as_channel_kiosk_with_its_site_and_territory()
    {
        using var token = await _host.Http.PostAsJsonAsync("api/kiosk/token", new { site = "paris-centre-social" });
        var issued = await token.Content.ReadFromJsonAsync<JsonElement>();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"v3/directline/conversations/{issued.GetProperty("conversationId").GetString()}/activities")
        {
            Content = JsonContent.Create(new { type = "message", from = new { id = "x" }, text = "bonjour", channelData = new { site = "ge-faux" } }),
        };
        request.Headers.Authorization = new("Bearer", issued.GetProperty("token").GetString());
        (await _host.Http.SendAsync(request)).EnsureSuccessStatusCode();

        Activity? received = null;
        for (var i = 0; i < 100 && (received = _bot.Received.FirstOrDefault(a => a.Text == "bonjour")) is null; i++) await Task.Delay(50);
        received!.ChannelId.Should().Be("kiosk");
        ConversationTerritory.Read(received, "?").Should().Be("paris");
        received.ChannelData!.Value.GetProperty("site").GetString().Should().Be("paris-centre-social");
    }

    [Fact]
    public async Task A_kiosk_token_needs_a_known_site()
    {
        using var response = await _host.Http.PostAsJsonAsync("api/kiosk/token", new { site = "ge-nulle-part" });

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().Contain("kiosques.yaml");
    }

    [Theory]
    [InlineData("ge-str-hospice-general", HttpStatusCode.OK)]
    [InlineData("ge-rien-du-tout", HttpStatusCode.NotFound)]
    [InlineData("..%2Fsecret", HttpStatusCode.BadRequest)]
    [InlineData("GE-STR-HOSPICE-GENERAL", HttpStatusCode.BadRequest)]
    public async Task The_fiche_answers_only_for_entries(string id, HttpStatusCode expected)
    {
        using var page = await _host.Http.GetAsync($"fiche/{id}");
        using var qr = await _host.Http.GetAsync($"fiche/{id}/qr.svg");

        page.StatusCode.Should().Be(expected);
        qr.StatusCode.Should().Be(expected);
        if (expected == HttpStatusCode.OK) (await qr.Content.ReadAsStringAsync()).Should().StartWith("<svg");
        else (await page.Content.ReadAsStringAsync()).Should().NotBeEmpty();
    }

    [Fact]
    public async Task The_fiche_is_accessible_has_no_inline_script_and_prints_on_80_mm()
    {
        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 390, Height = 844 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(_host.BaseAddress, "fiche/ge-str-hospice-general").ToString());

        var axe = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] } });
        axe.Violations.Select(v => v.Id + ": " + v.Help).Should().BeEmpty();
        (await page.Locator("h1").InnerTextAsync()).Should().Be("Hospice général");
        (await page.Locator("script:not([src])").CountAsync()).Should().Be(0);
        (await page.Locator("[onclick]").CountAsync()).Should().Be(0);
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Imprimer" })).ToBeVisibleAsync();
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Imprimer" })).ToBeHiddenAsync();
        Directory.CreateDirectory(KioskPage.Artifacts);
        var pdf = await page.PdfAsync(new PagePdfOptions { Path = Path.Combine(KioskPage.Artifacts, "fiche-80mm.pdf"), PreferCSSPageSize = true });
        Encoding.ASCII.GetString(pdf).Should().Contain("/MediaBox [0 0 227.0", "80 mm is 226.8 pt, rounded by Chromium to whole CSS pixels");
    }

    [Fact]
    public async Task Read_aloud_returns_french_wav_audio_of_a_plausible_length_and_the_same_bytes_again()
    {
        const string text = "Bonjour. Touchez l'écran pour commencer. Vous trouverez de l'aide près de chez vous.";

        var wav = await SpeakAsync(text);
        var again = await SpeakAsync(text);

        Encoding.ASCII.GetString(wav, 0, 4).Should().Be("RIFF");
        Encoding.ASCII.GetString(wav, 8, 4).Should().Be("WAVE");
        BitConverter.ToInt16(wav, 20).Should().Be(1, "PCM");
        var channels = BitConverter.ToInt16(wav, 22);
        var rate = BitConverter.ToInt32(wav, 24);
        var bits = BitConverter.ToInt16(wav, 34);
        var seconds = (wav.Length - 44) / (double)(rate * channels * bits / 8);
        seconds.Should().BeInRange(text.Length * 0.03, text.Length * 0.15, "about 150 words a minute");
        again.Should().Equal(wav);
    }

    [Theory]
    [InlineData("{}", "Send")]
    [InlineData("{\"text\":\"   \"}", "Send")]
    [InlineData("{\"text\":\"1234 !!! ???\"}", "no word")]
    [InlineData("{\"text\":\"bonjour\\u0007\"}", "control")]
    [InlineData("{\"text\":\"bonjour\",\"language\":\"de\"}", "Unknown language")]
    [InlineData("{\"text\":", "not valid JSON")]
    public async Task Read_aloud_refuses_odd_input_with_a_400_that_says_why(string body, string reason)
    {
        using var response = await _host.Http.PostAsync("api/speech", new StringContent(body, Encoding.UTF8, "application/json"));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().Contain(reason);
    }

    [Fact]
    public async Task Read_aloud_refuses_a_text_over_600_characters()
    {
        using var response = await _host.Http.PostAsJsonAsync("api/speech", new { text = new string('a', 601) });

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().Contain("at most 600");
    }

    private async Task<byte[]> SpeakAsync(string text)
    {
        using var response = await _host.Http.PostAsJsonAsync("api/speech", new { text });
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("audio/wav");
        return await response.Content.ReadAsByteArrayAsync();
    }
}
