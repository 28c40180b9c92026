using InfoSociale.Core.Analysis;
using InfoSociale.Core.Search;

namespace InfoSociale.Tests.Analysis;

// thesaurus.txt through Lucene's SynonymFilter, at query time only, and the weights the query plan gives.
public sealed class ThesaurusTests
{
    private static QueryPlan Plan(string text) =>
        QueryPlan.From(Tokens.Query(text), text, Tokens.Analyzer.WithoutElision);

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
        Tokens.Query(text).Where(token => token.IsSynonym).Texts().Should().Contain(expected);

    [Fact]
    public void Weighs_expansions_below_the_written_word()
    {
        var group = Plan("boulot").Groups.Single();

        group.Terms.Single(term => term.Text == "boulot").Weight.Should().Be(1);
        group.Terms.Where(term => term.Text != "boulot").Should().OnlyContain(term => term.Weight == QueryPlan.SynonymWeight);
    }

    [Fact]
    public void Does_not_add_a_word_already_in_the_question() =>
        Plan("logement toit").Groups.SelectMany(group => group.Terms).Where(term => term.Text == "loge").Should().ContainSingle();

    [Fact]
    public void Keeps_the_written_words_of_a_multi_word_phrase() =>
        Tokens.Query("caisse maladie").Where(token => !token.IsSynonym).Texts().Should().Equal("cais", "malad");

    [Fact]
    public void Expands_only_at_query_time() =>
        Tokens.Analyzer.Terms("boulot").Should().Equal("boulot");

    [Fact]
    public void Shows_the_word_as_written_without_its_article() =>
        Plan("L'Hébergement").Groups.Single().Written.Should().Be("hébergement");
}
