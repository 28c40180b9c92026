using System.Text.Json;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using InfoSociale.Core;
using Microsoft.Playwright;

namespace InfoSociale.Tests.Web.Kiosk;

// The kiosk page in a real Chromium: opening it at a size, the checks every screen must pass (axe WCAG 2.2 AA,
// 44 px targets not covered by anything, no horizontal overflow) and a screenshot under tests/artifacts/kiosk.
public static class KioskPage
{
    public const string Site = "ge-cite-seniors";
    public const float Patience = 30_000;
    private static readonly List<string> WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

    public static readonly (int Width, int Height) Portrait = (1080, 1920);
    public static readonly (int Width, int Height) Landscape = (1920, 1080);

    public static string Artifacts { get; } = Path.Combine(ProjectPaths.Root, "tests", "artifacts", "kiosk");

    public static async Task<(IBrowserContext Context, IPage Page)> OpenAsync(
        IBrowser browser, RunningHost host, (int Width, int Height) size, bool touch = true, string site = Site,
        bool testScripts = false)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = size.Width, Height = size.Height },
            HasTouch = touch,
            Locale = "fr-FR",
            // Only for a test that adds its own script (a QR reader): the page's policy allows no inline script.
            BypassCSP = testScripts,
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(host.BaseAddress, $"kiosk?site={site}").ToString());
        await Expect(page.Locator("#attract-start"));
        return (context, page);
    }

    public static Task Expect(ILocator locator) =>
        Assertions.Expect(locator.First).ToBeVisibleAsync(new() { Timeout = Patience });

    public static ILocator Tile(IPage page, string name) =>
        page.GetByRole(AriaRole.Button, new() { Name = name, Exact = true });

    // Everything a screen must pass; returns the problems found, as readable lines (empty when all is well).
    public static async Task<IReadOnlyList<string>> ProblemsAsync(IPage page, string shot)
    {
        var problems = new List<string>();
        var axe = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = WcagTags } });
        problems.AddRange(axe.Violations.Select(v => $"{shot}: axe {v.Id}: {v.Help} — {string.Join(" | ", v.Nodes.Select(n => n.Html).Take(2))}"));
        problems.AddRange((await SmallOrCoveredTargetsAsync(page)).Select(p => $"{shot}: {p}"));
        var overflow = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth");
        if (overflow) problems.Add($"{shot}: the page scrolls horizontally");
        Directory.CreateDirectory(Artifacts);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Artifacts, shot + ".png"), FullPage = true });
        return problems;
    }

    // Every visible button, link, field and focusable element: at least 44×44 CSS px, and the element itself (or a
    // child) is what a finger at its centre touches, once scrolled into view (W1, W2).
    private static async Task<IReadOnlyList<string>> SmallOrCoveredTargetsAsync(IPage page)
    {
        var found = await page.EvaluateAsync<JsonElement>("""
            () => {
              const problems = [];
              const targets = document.querySelectorAll('button, a[href], input, select, textarea, [role=button], [role=link], [tabindex="0"]');
              for (const target of targets) {
                const style = getComputedStyle(target);
                if (target.closest('[hidden], [inert]') || style.visibility === 'hidden' || style.display === 'none') continue;
                if (target.tagName === 'A' && target.closest('p')) continue;
                target.scrollIntoView({ block: 'center', inline: 'center' });
                const box = target.getBoundingClientRect();
                if (box.width === 0 && box.height === 0) continue;
                const name = (target.getAttribute('aria-label') || target.textContent || target.tagName).trim().slice(0, 40);
                if (box.width < 44 || box.height < 44) problems.push(`"${name}" is ${Math.round(box.width)}×${Math.round(box.height)} px`);
                const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
                if (hit && hit !== target && !target.contains(hit)) problems.push(`"${name}" is covered by <${hit.tagName.toLowerCase()} class="${hit.className}">`);
              }
              window.scrollTo(0, 0);
              return problems;
            }
            """);
        return found.EnumerateArray().Select(p => p.GetString()!).ToList();
    }
}
