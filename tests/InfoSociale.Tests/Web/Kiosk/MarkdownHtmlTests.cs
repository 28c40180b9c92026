using InfoSociale.Bot.Fiche;

namespace InfoSociale.Tests.Web.Kiosk;

public class MarkdownHtmlTests
{
    [Theory]
    [InlineData("### Pour qui\nPour tous.", "<h2>Pour qui</h2>\n<p>Pour tous.</p>\n")]
    [InlineData("- un\n- deux", "<ul>\n<li>un</li>\n<li>deux</li>\n</ul>\n")]
    [InlineData("1. un\n2. deux", "<ol>\n<li>un</li>\n<li>deux</li>\n</ol>\n")]
    [InlineData("**Qui ?** voir [le site](https://x.ch)", "<p><strong>Qui ?</strong> voir <a href=\"https://x.ch\">le site</a></p>\n")]
    [InlineData("<script>alert(1)</script>", "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n")]
    [InlineData("[piège](javascript:alert(1))", "<p>[pi&#232;ge](javascript:alert(1))</p>\n")]
    public void Entry_bodies_become_safe_html(string markdown, string html)
    {
        MarkdownHtml.ToHtml(markdown).Should().Be(html);
    }
}
