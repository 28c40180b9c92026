using InfoSociale.Core.Analysis;

namespace InfoSociale.Tests.Analysis;

public sealed class ElisionRemoverTests
{
    private readonly ElisionRemover remover = new(Tokens.Data.Elisions);

    [Theory]
    [InlineData("l'aide", "aide")]
    [InlineData("d'urgence", "urgence")]
    [InlineData("j'ai", "ai")]
    [InlineData("qu'il", "il")]
    [InlineData("n'ai", "ai")]
    [InlineData("s'inscrire", "inscrire")]
    [InlineData("c'est", "est")]
    [InlineData("m'aider", "aider")]
    [InlineData("t'appelle", "appelle")]
    [InlineData("jusqu'au", "au")]
    [InlineData("L'AVS", "AVS")]
    [InlineData("aujourd'hui", "aujourdhui")]
    [InlineData("logement", "logement")]
    public void Strips_the_elided_article_before_a_word(string word, string expected) =>
        remover.Apply(Tokens.Of(word)).Texts().Should().Equal(expected);

    [Fact]
    public void Strips_a_typographic_apostrophe_once_normalised() =>
        Tokens.Analyzer.Words("l’hébergement").Texts().Should().Equal("hebergement");
}
