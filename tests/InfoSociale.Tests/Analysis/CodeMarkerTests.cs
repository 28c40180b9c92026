using InfoSociale.Core.Analysis;

namespace InfoSociale.Tests.Analysis;

public sealed class CodeMarkerTests
{
    private readonly CodeMarker marker = new(Tokens.Data.Codes);

    [Theory]
    [InlineData("AVS", true)]
    [InlineData("avs", true)]
    [InlineData("Apl", true)]
    [InlineData("C2S", true)]
    [InlineData("3919", true)]
    [InlineData("AI", true)]
    [InlineData("ai", false)]
    [InlineData("Ai", false)]
    [InlineData("logement", false)]
    public void Protects_codes_and_words_with_digits(string word, bool expected) =>
        marker.Apply(Tokens.Of(word)).Single().IsProtected.Should().Be(expected);

    [Fact]
    public void Keeps_a_code_through_the_whole_chain() =>
        Tokens.Analyzer.Analyze("les HLM et l'APL, la rente AI").Texts().Should().Equal("hlm", "apl", "rent", "ai");
}
