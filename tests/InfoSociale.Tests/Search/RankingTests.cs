namespace InfoSociale.Tests.Search;

public sealed class RankingTests(FixtureKnowledgeBase kb) : IClassFixture<FixtureKnowledgeBase>
{
    [Theory]
    [InlineData("aide pour payer l'appartement", "ge-allocation-logement")]
    [InlineData("pas de toit cette nuit", "ge-hebergement-urgence")]
    [InlineData("jai pa de kwa manger", "ge-colis-alimentaires")]
    [InlineData("ma régie veut me mettre dehors", "ge-asloca-locataires")]
    [InlineData("ma regie veut me virer", "ge-asloca-locataires")]
    [InlineData("alocation logment", "ge-allocation-logement")]
    [InlineData("j'ai perdu mon boulot", "ge-chomage-oce")]
    [InlineData("caisse maladie trop chère", "ge-subside-assurance-maladie")]
    [InlineData("complément à ma rente AVS", "ge-pc-avs-ai")]
    [InlineData("JE VEUX ME SUICIDER", "ge-main-tendue-143")]
    [InlineData("143", "ge-main-tendue-143")]
    [InlineData("place en creche pour mon bebe", "ge-creche-inscription")]
    [InlineData("apprendre le francais", "ge-cours-francais")]
    public void Puts_the_expected_entry_first(string query, string expected) =>
        kb.Ask(query).Should().NotBeEmpty().And.Subject.First().Id.Should().Be(expected);

    [Theory]
    [InlineData("j'ai 70 ans et ma rente AVS ne suffit pas", "ge-pc-avs-ai")]
    [InlineData("crèche dès 2 ans", "ge-creche-inscription")]
    public void Ignores_ages_and_counts_in_the_question(string query, string expected) =>
        kb.Ask(query).Should().NotBeEmpty().And.Subject.First().Id.Should().Be(expected);

    [Fact]
    public void Returns_the_matched_words_and_a_snippet_with_accents()
    {
        var hit = kb.Ask("hebergement urgence").First();

        hit.Title.Should().Be("Hébergement d'urgence pour la nuit");
        hit.MatchedTerms.Should().BeEquivalentTo("hebergement", "urgence");
        hit.Snippet.Should().NotBeEmpty().And.Subject.Length.Should().BeLessThanOrEqualTo(201);
        hit.Score.Should().BePositive();
    }

    [Fact]
    public void Takes_the_snippet_from_the_body_when_the_summary_does_not_match() =>
        kb.Ask("143 bénévoles formés").First().Snippet.Should().Be("Appelez le 143 : des bénévoles formés vous écoutent.");

    [Fact]
    public void Returns_at_most_top_hits_best_first()
    {
        var hits = kb.Ask("logement loyer", top: 2);

        hits.Should().HaveCountLessThanOrEqualTo(2);
        hits.Should().BeInDescendingOrder(hit => hit.Score);
    }

    [Fact]
    public void Boosts_entries_of_a_known_public()
    {
        var plain = kb.Search.Search(new("aide au loyer", "ge", 5));
        var boosted = kb.Search.Search(new("aide au loyer", "ge", 5) { Publics = ["locataires"] });

        boosted.First(hit => hit.Id == "ge-allocation-logement").Score
            .Should().BeGreaterThan(plain.First(hit => hit.Id == "ge-allocation-logement").Score);
    }

    [Fact]
    public void Boosts_entries_of_a_known_theme()
    {
        var boosted = kb.Search.Search(new("conseil", "ge", 5) { Themes = ["justice"] });

        boosted.First().Id.Should().Be("ge-asloca-locataires");
    }
}
