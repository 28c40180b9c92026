using InfoSociale.Core;
using InfoSociale.Core.Orientation.Eligibility;

namespace InfoSociale.Tests.Orientation.Eligibility;

public class ImpliedFactsTests
{
    private static readonly ImpliedFacts Rules = ImpliedFactsLoader.Parse(
    [
        "# comment",
        "work=retraite => pension=avs",
        "pension=ai => disability=oui",
        "residence_years=0.1+ => lives_in_territory=oui",
    ], "implications.txt");

    [Fact]
    public void Being_retired_implies_an_old_age_pension()
    {
        Rules.Complete(ResidentFacts.None.With("work", "retraite")).Pension.Should().Be("avs");
    }

    [Fact]
    public void What_the_resident_said_wins_over_an_implied_fact()
    {
        var said = ResidentFacts.None.With("work", "retraite").With("pension", "aucune");

        Rules.Complete(said).Pension.Should().Be("aucune");
    }

    [Fact]
    public void A_number_rule_holds_only_when_the_number_said_lies_inside_it()
    {
        Rules.Complete(ResidentFacts.None.With("residence_years", "5.1+")).LivesInTerritory.Should().BeTrue();
        Rules.Complete(ResidentFacts.None.With("residence_years", "0")).LivesInTerritory.Should().BeNull();
    }

    [Fact]
    public void Nothing_said_implies_nothing()
    {
        Rules.Complete(ResidentFacts.None).Should().Be(ResidentFacts.None);
    }

    [Theory]
    [InlineData("work=retraite pension=avs", "expected \"<fact>=<value> => <fact>=<value>")]
    [InlineData("work=pensionne => pension=avs", "\"pensionne\" is not a value of work")]
    [InlineData("revenu=bas => pension=aucune", "unknown fact \"revenu\"")]
    [InlineData("work=retraite => work=salarie", "\"work\" cannot imply itself")]
    public void A_wrong_line_is_reported_with_its_line_number(string line, string problem)
    {
        var parse = () => ImpliedFactsLoader.Parse(["# rules", line], "implications.txt");

        parse.Should().Throw<DataFileException>().Where(e => e.Line == 2 && e.Problem.Contains(problem));
    }

    [Fact]
    public void The_shipped_implications_load()
    {
        ImpliedFactsLoader.LoadFolder(Path.Combine(ProjectPaths.KnowledgeBase, "parcours")).Rules.Should().NotBeEmpty();
    }
}
