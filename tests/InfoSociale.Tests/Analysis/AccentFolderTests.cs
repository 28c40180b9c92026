using InfoSociale.Core.Analysis;

namespace InfoSociale.Tests.Analysis;

public sealed class AccentFolderTests
{
    [Theory]
    [InlineData("hébergement", "hebergement")]
    [InlineData("crèche", "creche")]
    [InlineData("régie", "regie")]
    [InlineData("âgé", "age")]
    [InlineData("noël", "noel")]
    [InlineData("français", "francais")]
    [InlineData("sœur", "soeur")]
    [InlineData("où", "ou")]
    [InlineData("logement", "logement")]
    public void Folds_accents_and_ligatures(string word, string expected) =>
        AccentFolder.Fold(word).Should().Be(expected);

    [Fact]
    public void Makes_accented_and_plain_spellings_equal() =>
        Tokens.Analyzer.Analyze("Crèche, hébergement").Texts().Should().Equal(Tokens.Analyzer.Analyze("creche hebergement").Texts());
}
