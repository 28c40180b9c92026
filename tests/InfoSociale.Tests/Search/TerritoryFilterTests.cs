namespace InfoSociale.Tests.Search;

public sealed class TerritoryFilterTests(FixtureKnowledgeBase kb) : IClassFixture<FixtureKnowledgeBase>
{
    [Theory]
    [InlineData("aide au logement", "ge")]
    [InlineData("aide au logement", "paris")]
    [InlineData("hébergement d'urgence", "paris")]
    public void Returns_only_entries_of_the_territory(string query, string territory) =>
        kb.Ask(query, territory).Should().NotBeEmpty().And.OnlyContain(hit => hit.Id.StartsWith(territory + "-"));

    [Fact]
    public void Finds_a_code_of_the_other_territory_nowhere() => kb.Ask("C2S", "ge").Should().BeEmpty();

    [Theory]
    [InlineData("lyon")]
    [InlineData("")]
    [InlineData("ge' OR 1=1 --")]
    public void Returns_nothing_for_an_unknown_territory(string territory) => kb.Ask("logement", territory).Should().BeEmpty();
}
