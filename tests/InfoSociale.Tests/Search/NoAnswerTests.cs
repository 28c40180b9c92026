namespace InfoSociale.Tests.Search;

public sealed class NoAnswerTests(FixtureKnowledgeBase kb) : IClassFixture<FixtureKnowledgeBase>
{
    [Theory]
    [InlineData("quelle est la météo demain")]
    [InlineData("resultats du loto")]
    [InlineData("quel film au cinema ce soir")]
    [InlineData("recette de la tarte aux pommes")]
    [InlineData("bonjour")]
    [InlineData("merci beaucoup")]
    [InlineData("je ne sais pas")]
    public void Gives_no_answer_outside_the_knowledge_base(string query) => kb.Ask(query).Should().BeEmpty();

    [Theory]
    [InlineData("loyer")]
    [InlineData("crèche")]
    [InlineData("suicide")]
    public void Answers_a_single_meaningful_word(string query) => kb.Ask(query).Should().NotBeEmpty();

    [Fact]
    public void Gives_no_answer_when_only_a_typo_guess_matches() => kb.Ask("prisme").Should().BeEmpty();

    [Fact]
    public void Answers_when_two_typo_guesses_agree() =>
        kb.Ask("hebergemant urgense").Should().NotBeEmpty().And.Subject.First().Id.Should().Be("ge-hebergement-urgence");
}
