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
        Tokens.Analyzer.Analyze(text).Texts().Should().Equal(expected);

    [Fact]
    public void Gives_the_same_terms_for_the_entry_and_the_resident()
    {
        var entry = Tokens.Analyzer.Analyze("Hébergement d'urgence pour les sans-abri");
        var resident = Tokens.Analyzer.AnalyzeQuery("hebergement urgence sans abri", TypoVocabulary.Empty).Where(token => !token.IsExpansion);

        resident.Texts().Should().Equal(entry.Texts());
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
        var analyse = () => Tokens.Analyzer.AnalyzeQuery(text, TypoVocabulary.Empty);

        analyse.Should().NotThrow();
    }
}
