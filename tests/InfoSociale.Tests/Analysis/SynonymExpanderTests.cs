using InfoSociale.Core.Analysis;

namespace InfoSociale.Tests.Analysis;

public sealed class SynonymExpanderTests
{
    private static IReadOnlyList<Token> Query(string text) => Tokens.Analyzer.AnalyzeQuery(text, TypoVocabulary.Empty);

    [Theory]
    [InlineData("boulot", new[] { "travail", "emploi" })]
    [InlineData("toit", new[] { "loge" })]
    [InlineData("natel", new[] { "telephon" })]
    [InlineData("thune", new[] { "argent" })]
    [InlineData("bouffe", new[] { "nouritur", "aliment" })]
    [InlineData("régie", new[] { "geranc", "proprietair" })]
    [InlineData("chômage", new[] { "emploi" })]
    [InlineData("caisse maladie", new[] { "asuranc" })]
    [InlineData("me mettre dehors", new[] { "expulsion" })]
    public void Adds_the_thesaurus_expansions(string text, string[] expected) =>
        Query(text).Where(token => token.IsExpansion).Texts().Should().Contain(expected);

    [Fact]
    public void Weighs_expansions_below_the_written_word()
    {
        var tokens = Query("boulot");

        tokens.Single(token => token.Text == "boulot").Weight.Should().Be(1);
        tokens.Where(token => token.IsExpansion).Should().OnlyContain(token => token.Weight < 1 && token.Position == 0);
    }

    [Fact]
    public void Does_not_add_a_word_already_in_the_question() =>
        Query("logement toit").Where(token => token.Text == "loge").Should().ContainSingle();

    [Fact]
    public void Keeps_the_written_words_of_a_multi_word_phrase() =>
        Query("caisse maladie").Where(token => !token.IsExpansion).Texts().Should().Equal("cais", "malad");

    [Fact]
    public void Expands_only_at_query_time() =>
        Tokens.Analyzer.Analyze("boulot").Texts().Should().Equal("boulot");
}
