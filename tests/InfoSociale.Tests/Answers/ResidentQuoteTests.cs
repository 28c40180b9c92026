using InfoSociale.Core.Answers;

namespace InfoSociale.Tests.Answers;

public sealed class ResidentQuoteTests
{
    [Theory]
    [InlineData("aide pour payer mon loyer", "aide pour payer mon loyer")]
    [InlineData("  loyer\n\ttrop   cher ", "loyer trop cher")]
    [InlineData("je cherche une aide pour payer mon loyer parce que mon salaire a baissé depuis que", "je cherche une aide pour payer mon loyer parce que mon…")]
    [InlineData("abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz", "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefgh…")]
    public void Quotes_one_line_cut_at_a_word(string typed, string quoted) =>
        ResidentQuote.Excerpt(typed).Should().Be(quoted);

    [Theory]
    [InlineData("<img src=x onerror=alert(1)>", "\\<img src=x onerror=alert(1)\\>")]
    [InlineData("**gras** et _italique_", "\\*\\*gras\\*\\* et \\_italique\\_")]
    [InlineData("[lien](https://x.example)", "\\[lien\\](https://x.example)")]
    [InlineData("a & b | c ~ `d`", "a \\& b \\| c \\~ \\`d\\`")]
    public void Escapes_what_markdown_and_html_would_act_on(string typed, string quoted) =>
        ResidentQuote.Of(typed).Should().Be(quoted);

    [Fact]
    public void Never_quotes_more_than_the_limit_whatever_the_length()
    {
        var random = new Random(20261204);
        for (var round = 0; round < 200; round++)
        {
            var text = new string(Enumerable.Range(0, random.Next(0, 6000)).Select(_ => (char)random.Next(32, 0x2FF)).ToArray());
            ResidentQuote.Excerpt(text).Length.Should().BeLessThanOrEqualTo(ResidentQuote.MaxLength + 1);
        }
    }
}
