namespace InfoSociale.Core.Handoff;

// Which team takes a resident's request: among the teams of the territory, the one that covers the resident's
// neighbourhood first, then the one that covers most of their needs; on a tie the team written first in equipes.yaml.
public sealed class TeamDirectory(IReadOnlyList<Team> teams)
{
    public IReadOnlyList<Team> Teams { get; } = teams;

    public Team? Find(string id) => Teams.FirstOrDefault(t => t.Id == id);

    public Team? Route(string territory, IReadOnlyCollection<string> themes, string? place)
    {
        Team? best = null;
        var bestScore = -1;
        foreach (var team in Teams.Where(t => t.Territory == territory))
        {
            if (team.Places.Count > 0 && (place is null || !team.Places.Contains(place))) continue;
            var score = (team.Places.Count > 0 ? 100 : 0) + team.Themes.Count(themes.Contains);
            if (score > bestScore) (best, bestScore) = (team, score);
        }
        return best;
    }
}
