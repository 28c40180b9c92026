using InfoSociale.Core.Handoff;

namespace InfoSociale.Tests.Handoff;

public class TeamDirectoryTests
{
    private static readonly TeamDirectory Directory = new(
    [
        new Team { Id = "ge-ville", Territory = "ge", Name = "Ville", Structure = "s", Themes = ["seniors", "argent"], Places = ["Pâquis", "Servette"] },
        new Team { Id = "ge-canton", Territory = "ge", Name = "Canton", Structure = "s", Themes = ["argent", "logement"] },
        new Team { Id = "ge-logement", Territory = "ge", Name = "Logement", Structure = "s", Themes = ["logement"] },
        new Team { Id = "paris-eps", Territory = "paris", Name = "EPS", Structure = "s" },
    ]);

    [Theory]
    [InlineData("ge", "", null, "ge-canton")]
    [InlineData("ge", "logement", null, "ge-canton")]
    [InlineData("ge", "seniors", null, "ge-canton")]
    [InlineData("ge", "logement", "Pâquis", "ge-ville")]
    [InlineData("ge", "logement", "Meyrin", "ge-canton")]
    [InlineData("paris", "logement", "18e arrondissement", "paris-eps")]
    public void The_team_is_chosen_by_territory_then_neighbourhood_then_themes(string territory, string themes, string? place, string expected)
    {
        Directory.Route(territory, themes.Split(',', StringSplitOptions.RemoveEmptyEntries), place)!.Id.Should().Be(expected);
    }

    [Fact]
    public void A_territory_without_team_routes_nowhere()
    {
        Directory.Route("lyon", [], null).Should().BeNull();
    }
}
