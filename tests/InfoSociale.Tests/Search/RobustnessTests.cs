using InfoSociale.Core.Search;

namespace InfoSociale.Tests.Search;

public sealed class RobustnessTests(FixtureKnowledgeBase kb) : IClassFixture<FixtureKnowledgeBase>
{
    public static TheoryData<string> OddInputs => new()
    {
        "", " ", "\t\n", "?!?!...", "😀🏠💶", "مساعدة في السكن", "שלום", "\u202Eloyer\u202C", "\u0000\u0001\u001B[31m",
        "\uD800", "\"", "\"\"\"", "*", "loyer*", "NEAR(loyer logement)", "loyer OR logement", "loyer AND", "-loyer",
        "(loyer", "title:loyer", "^loyer", "loyer NOT logement", "{title keywords}: loyer", "'; DROP TABLE entries; --",
        "\"loyer\" OR \"\" OR *",
    };

    [Theory]
    [MemberData(nameof(OddInputs))]
    public void Never_throws_on_any_input(string query)
    {
        var search = () => kb.Ask(query);

        search.Should().NotThrow();
    }

    [Theory]
    [InlineData("loyer OR logement")]
    [InlineData("NEAR(loyer logement)")]
    [InlineData("title:loyer*")]
    [InlineData("(loyer) AND -logement")]
    public void Treats_fts5_syntax_as_words(string query)
    {
        var terms = kb.Search.Plan(query).Groups.SelectMany(group => group.Terms).Select(term => term.Text);

        terms.Should().OnlyContain(term => term.All(char.IsLetterOrDigit));
    }

    [Fact]
    public void Finds_the_same_entry_whatever_the_syntax_around_the_words() =>
        kb.Ask("\"loyer\" AND (payer*)").First().Id.Should().Be(kb.Ask("loyer payer").First().Id);

    [Fact]
    public void Cuts_an_over_long_query_at_the_documented_limit()
    {
        var huge = string.Concat(Enumerable.Repeat("loyer logement hébergement ", 4000));

        QueryPlan.Cut(huge).Length.Should().Be(QueryPlan.MaxCharacters);
        kb.Search.Plan(huge).Groups.Count.Should().BeLessThanOrEqualTo(QueryPlan.MaxGroups);
        kb.Ask(huge).Should().NotBeEmpty();
    }

    [Fact]
    public void Keeps_at_most_forty_words_of_a_long_story()
    {
        var words = string.Join(' ', Enumerable.Range(0, 80).Select(i => "mot" + i));

        kb.Search.Plan(words).Groups.Should().HaveCount(QueryPlan.MaxGroups);
    }

    [Fact]
    public void Searches_from_many_threads_at_once()
    {
        var results = Enumerable.Range(0, 200).AsParallel().WithDegreeOfParallelism(8)
            .Select(i => kb.Ask(i % 2 == 0 ? "loyer trop cher" : "hebergement urgence").First().Id)
            .ToList();

        results.Distinct().Should().BeEquivalentTo("ge-allocation-logement", "ge-hebergement-urgence");
    }
}
