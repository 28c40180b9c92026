using InfoSociale.Core.Analysis;

namespace InfoSociale.Tests.Analysis;

public sealed class UnicodeNormalizerTests
{
    [Theory]
    [InlineData("l’aide", "l'aide")]
    [InlineData("l‘aide", "l'aide")]
    [InlineData("ﬁnances", "finances")]
    [InlineData("３９１９", "3919")]
    [InlineData("cre\u0300che", "crèche")]
    [InlineData("aide\u0000\u0007sociale", "aide  sociale")]
    [InlineData("mot\u200Bcache", "mot cache")]
    public void Normalizes_compatibility_forms_apostrophes_and_control_characters(string input, string expected) =>
        UnicodeNormalizer.Normalize(input).Should().Be(expected);

    [Fact]
    public void Replaces_a_lone_surrogate_instead_of_throwing() =>
        UnicodeNormalizer.Normalize("aide\uD800logement").Should().Be("aide logement");
}
