using System.Net;
using System.Text.Json;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace InfoSociale.Tests.Web;

// The website chat page in a real browser: Microsoft Web Chat 4.18 on our Direct Line, with the real assistant
// (knowledge base, search, dialogs), over WebSocket and over polling.
public sealed class WebChatPageTests(ChromiumBrowser chromium) : IClassFixture<ChromiumBrowser>, IAsyncLifetime
{
    private const float Patience = 30_000;
    private const string Welcome = "Bonjour ! Je suis InfoSociale";
    private const string AnswerIntro = "trouvé pour « aide pour payer mon loyer »"; // Web Chat's Markdown curls apostrophes
    private RunningHost _host = null!;

    public async Task InitializeAsync() => _host = await RunningHost.StartAsync(bot: null);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData("websocket")]
    [InlineData("polling")]
    public async Task A_resident_is_welcomed_gets_answer_cards_uses_a_suggested_action_and_resumes_after_a_reload(string transport)
    {
        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "fr-FR" });
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(_host.BaseAddress, $"?transport={transport}").ToString());

        await Expect(page.GetByText(Welcome));
        await Expect(page.GetByText("de Genève"));
        await AskAsync(page, "aide pour payer mon loyer");
        await Expect(page.GetByText(AnswerIntro));
        await Expect(page.Locator(".ac-adaptiveCard"));
        await SuggestedAction(page, "Une autre question").ClickAsync();
        await Expect(page.GetByText("quelle est votre question ?"));
        var before = ConversationId(await SavedSessionAsync(page));

        await page.ReloadAsync();

        await Expect(page.GetByText("quelle est votre question ?"));
        await Expect(page.GetByText(AnswerIntro));
        ConversationId(await SavedSessionAsync(page)).Should().Be(before, "the reload resumed the same conversation");
        await AskAsync(page, "cours de français");
        await Expect(page.GetByText("« cours de français »"));
    }

    [Fact]
    public async Task The_territory_in_the_page_address_reaches_the_assistant()
    {
        await using var context = await chromium.Browser.NewContextAsync();
        var page = await context.NewPageAsync();

        await page.GotoAsync(new Uri(_host.BaseAddress, "?territory=paris").ToString());

        await Expect(page.GetByText("de Paris"));
    }

    [Fact]
    public async Task The_page_with_answer_cards_has_no_serious_or_critical_accessibility_violation()
    {
        await using var context = await chromium.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(_host.BaseAddress.ToString());
        await Expect(page.GetByText(Welcome));
        await AskAsync(page, "aide pour payer mon loyer");
        await Expect(page.Locator(".ac-adaptiveCard"));

        var results = await page.RunAxe();

        var serious = results.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} — {string.Join(" | ", v.Nodes.Select(n => n.Html).Take(3))}");
        serious.Should().BeEmpty();
        (await page.GetAttributeAsync("html", "lang")).Should().Be("fr");
    }

    // Web Chat renders the bot's Markdown with HTML allowed: what the resident typed must come back as text.
    [Fact]
    public async Task Html_typed_by_the_resident_is_quoted_back_as_text_never_rendered()
    {
        await using var context = await chromium.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(_host.BaseAddress.ToString());
        await Expect(page.GetByText(Welcome));

        await AskAsync(page, "<img src=x id=injected> loyer <form id=injectedform><b id=injectedbold>gras</b>");

        await Expect(page.GetByText("trouvé pour «").Or(page.GetByText("réponse sûre à «")));
        (await page.Locator("#injected, #injectedform, #injectedbold").CountAsync()).Should().Be(0);
        await Expect(page.Locator(".webchat__bubble:not(.webchat__bubble--from-user)").GetByText("<img src=x id=injected>"));
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

    private static ILocator SuggestedAction(IPage page, string title) =>
        page.GetByRole(AriaRole.Toolbar, new() { Name = "Actions suggérées" }).GetByRole(AriaRole.Button, new() { Name = title });

    private static Task<string> SavedSessionAsync(IPage page) =>
        page.EvaluateAsync<string>("() => sessionStorage.getItem('infosociale.chat.default')");

    private static Task Expect(ILocator locator) =>
        Assertions.Expect(locator.First).ToBeVisibleAsync(new() { Timeout = Patience });

    private static string ConversationId(string sessionJson) =>
        JsonDocument.Parse(sessionJson).RootElement.GetProperty("conversationId").GetString()!;
}
