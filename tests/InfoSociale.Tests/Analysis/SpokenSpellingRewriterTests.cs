namespace InfoSociale.Tests.Analysis;

public sealed class SpokenSpellingRewriterTests
{
    [Theory]
    [InlineData("jai pa de kwa manger", new[] { "mang" })]
    [InlineData("chui a la rue", new[] { "rue" })]
    [InlineData("ya pa de travail", new[] { "travail" })]
    [InlineData("bcp de dettes stp", new[] { "dete" })]
    [InlineData("pb de logmt", new[] { "problem", "loge" })]
    public void Rewrites_spoken_and_sms_spellings_to_written_words(string text, string[] expected) =>
        Tokens.Analyzer.Analyze(text).Texts().Should().Equal(expected);

    [Fact]
    public void Keeps_the_position_of_the_spoken_word() =>
        Tokens.Analyzer.Words("pb logement").Select(token => token.Position).Should().Equal(0, 1);
}
