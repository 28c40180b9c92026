using InfoSociale.Core.Analysis;

namespace InfoSociale.Tests.Analysis;

public sealed class StopWordRemoverTests
{
    [Theory]
    [InlineData("je veux de l'aide pour mon loyer", new[] { "aide", "loy" })]
    [InlineData("Bonjour, est-ce que vous pouvez m'aider svp", new[] { "aid" })]
    [InlineData("où à été", new string[0])]
    [InlineData("rente AI", new[] { "rent", "ai" })]
    [InlineData("rente ai", new[] { "rent" })]
    [InlineData("je cherche un médecin", new[] { "medecin" })]
    [InlineData("trouver un médecin", new[] { "medecin" })]
    [InlineData("j'ai trouvé un logement", new[] { "loge" })]
    [InlineData("j'arrive pas à payer", new[] { "pay" })]
    [InlineData("je viens d'arriver", new[] { "vien", "ariv" })]
    [InlineData("pas assez d'argent", new[] { "argent" })]
    public void Drops_words_without_meaning_for_search(string text, string[] expected) =>
        Tokens.Analyzer.Analyze(text).Texts().Should().Equal(expected);

    [Fact]
    public void Never_drops_a_protected_code()
    {
        var remover = new StopWordRemover(new HashSet<string> { "pc" });

        remover.Apply([new Token("pc", 0) { IsProtected = true }, new Token("pc", 1)]).Should().ContainSingle();
    }
}
