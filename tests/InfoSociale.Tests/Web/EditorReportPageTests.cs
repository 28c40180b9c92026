using Deque.AxeCore.Playwright;
using InfoSociale.Bot.Cli;
using InfoSociale.Core;
using InfoSociale.Core.KnowledgeBase.Report;

namespace InfoSociale.Tests.Web;

// The editor's report on the shipped knowledge base, opened in real Chromium and checked with axe.
public sealed class EditorReportPageTests(ChromiumBrowser chromium) : IClassFixture<ChromiumBrowser>
{
    [Fact]
    public async Task The_report_page_has_a_captioned_table_per_section_and_no_accessibility_violation()
    {
        var report = KbReportCommand.Build(ProjectPaths.KnowledgeBase, new DateOnly(2026, 12, 4));
        await using var context = await chromium.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.SetContentAsync(ReportHtml.Render(report));

        var results = await page.RunAxe();

        results.Violations.Select(v => $"{v.Id} ({v.Impact}): {v.Help}").Should().BeEmpty();
        (await page.Locator("table").CountAsync()).Should().Be(report.Sections.Count(s => s.Rows.Count > 0));
        (await page.Locator("table > caption").CountAsync()).Should().Be(await page.Locator("table").CountAsync());
        (await page.Locator("h2").CountAsync()).Should().Be(report.Sections.Count);
        (await page.GetAttributeAsync("html", "lang")).Should().Be("en");
    }
}
