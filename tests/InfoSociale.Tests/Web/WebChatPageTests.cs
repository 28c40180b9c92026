using System.Net;
using Deque.AxeCore.Playwright;
using InfoSociale.Core.Activities;
using Microsoft.Playwright;

namespace InfoSociale.Tests.Web;

// The website chat page in a real browser: Microsoft Web Chat 4.18 on our Direct Line, over WebSocket and polling.
public sealed class WebChatPageTests(ChromiumBrowser chromium) : IClassFixture<ChromiumBrowser>, IAsyncLifetime
{
    private const float Patience = 20_000;
    private readonly EchoBot _bot = new();
    private RunningHost _host = null!;

    public async Task InitializeAsync() => _host = await RunningHost.StartAsync(_bot);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData("websocket")]
    [InlineData("polling")]
    public async Task A_resident_is_welcomed_gets_an_answer_card_uses_a_suggested_action_and_resumes_after_a_reload(string transport)
    {
        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "fr-FR" });
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(_host.BaseAddress, $"?transport={transport}").ToString());

        await Expect(page.GetByText(EchoBot.Welcome, new() { Exact = false }));
        await AskAsync(page, "aide au logement");
        await Expect(page.GetByText("Réponse à « aide au logement »"));
        await page.GetByRole(AriaRole.Toolbar, new() { Name = "Actions suggérées" }).GetByRole(AriaRole.Button, new() { Name = "Encore" }).ClickAsync();
        await Expect(page.GetByText("Écho : Encore"));
        var conversation = await page.EvaluateAsync<string>("() => sessionStorage.getItem('infosociale.chat.default')");

        await page.ReloadAsync();

        await Expect(page.GetByText("Écho : Encore"));
        await AskAsync(page, "et après ?");
        await Expect(page.GetByText("Écho : et après ?"));
        _bot.Received.Count(a => a.Type == ActivityTypes.ConversationUpdate).Should().Be(1, "the reload resumed the same conversation");
        var resumed = await page.EvaluateAsync<string>("() => sessionStorage.getItem('infosociale.chat.default')");
        ConversationId(resumed).Should().Be(ConversationId(conversation));
    }

    [Fact]
    public async Task The_territory_in_the_page_address_reaches_the_bot()
    {
        await using var context = await chromium.Browser.NewContextAsync();
        var page = await context.NewPageAsync();

        await page.GotoAsync(new Uri(_host.BaseAddress, "?territory=paris").ToString());

        await Expect(page.GetByText("Territoire : paris.", new() { Exact = false }));
    }

    [Fact]
    public async Task The_page_has_no_serious_or_critical_accessibility_violation()
    {
        await using var context = await chromium.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(_host.BaseAddress.ToString());
        await Expect(page.GetByText(EchoBot.Welcome, new() { Exact = false }));
        await AskAsync(page, "horaires");
        await Expect(page.GetByText("Réponse à « horaires »"));

        var results = await page.RunAxe();

        var serious = results.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} — {string.Join(" | ", v.Nodes.Select(n => n.Html).Take(3))}");
        serious.Should().BeEmpty();
        (await page.GetAttributeAsync("html", "lang")).Should().Be("fr");
    }

    [Fact]
    public async Task The_web_chat_bundle_is_served_by_the_host()
    {
        using var response = await _host.Http.GetAsync("vendor/webchat.js");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/javascript");
        (await response.Content.ReadAsStringAsync()).Should().Contain("4.18.1");
    }

    private static async Task AskAsync(IPage page, string text)
    {
        var input = page.Locator("[data-id='webchat-sendbox-input']");
        await input.FillAsync(text);
        await input.PressAsync("Enter");
    }

    private static Task Expect(ILocator locator) =>
        Assertions.Expect(locator.First).ToBeVisibleAsync(new() { Timeout = Patience });

    private static string ConversationId(string sessionJson) =>
        System.Text.Json.JsonDocument.Parse(sessionJson).RootElement.GetProperty("conversationId").GetString()!;
}
