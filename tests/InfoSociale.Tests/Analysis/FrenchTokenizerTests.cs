using InfoSociale.Core.Analysis;

namespace InfoSociale.Tests.Analysis;

public sealed class FrenchTokenizerTests
{
    [Theory]
    [InlineData("aide au logement", new[] { "aide", "au", "logement" })]
    [InlineData("Rente AVS/AI", new[] { "Rente", "AVS", "AI" })]
    [InlineData("la C2S et le 3919", new[] { "la", "C2S", "et", "le", "3919" })]
    [InlineData("appelez le 0800 222 210", new[] { "appelez", "le", "0800", "222", "210" })]
    [InlineData("l'aide d'urgence", new[] { "l'aide", "d'urgence" })]
    [InlineData("assurance-maladie", new[] { "assurance", "maladie" })]
    [InlineData("aide!!! 😀 logement???", new[] { "aide", "logement" })]
    [InlineData("' l' aide '", new[] { "l", "aide" })]
    [InlineData("مساعدة سكن", new[] { "مساعدة", "سكن" })]
    [InlineData("?!;:,.", new string[0])]
    public void Splits_words_and_keeps_codes_whole(string text, string[] expected) =>
        FrenchTokenizer.Tokenize(text).Texts().Should().Equal(expected);

    [Fact]
    public void Numbers_positions_in_reading_order() =>
        FrenchTokenizer.Tokenize("un, deux trois").Select(token => token.Position).Should().Equal(0, 1, 2);
}
