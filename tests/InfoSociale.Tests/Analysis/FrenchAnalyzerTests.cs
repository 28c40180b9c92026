using InfoSociale.Core.Analysis;

namespace InfoSociale.Tests.Analysis;

public sealed class FrenchAnalyzerTests
{
    [Theory]
    [InlineData("J'ai pas de toit pour cette nuit", new[] { "toit", "nuit" })]
    [InlineData("Les allocations familiales", new[] { "aloc", "familial" })]
    [InlineData("L'hébergement d'urgence", new[] { "heberg", "urgenc" })]
    [InlineData("AIDE AU LOGEMENT", new[] { "aide", "loge" })]
    [InlineData("appelez le 3919", new[] { "apelez", "3919" })]
    public void Runs_the_whole_chain_in_order(string text, string[] expected) =>
        Tokens.Analyzer.Terms(text).Should().Equal(expected);

    [Fact]
    public void Gives_the_same_terms_for_the_entry_and_the_resident()
    {
        var entry = Tokens.Analyzer.Terms("Hébergement d'urgence pour les sans-abri");
        var resident = Tokens.Query("hebergement urgence sans abri").Where(token => !token.IsSynonym && !token.IsGuess);

        resident.Texts().Should().Equal(entry);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("?!... ---")]
    [InlineData("😀😀😀")]
    [InlineData("\u0000\u0001\u001F")]
    [InlineData("\uD83D")]
    [InlineData("שלום עולם مرحبا")]
    public void Never_throws_on_odd_input(string text)
    {
        var analyse = () => Tokens.Query(text);

        analyse.Should().NotThrow();
    }
}
