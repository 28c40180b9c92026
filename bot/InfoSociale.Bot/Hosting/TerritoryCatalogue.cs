using InfoSociale.Core;

namespace InfoSociale.Bot.Hosting;

// The territories a conversation may carry: one folder with a territory.yaml per territory in the knowledge base.
public sealed class TerritoryCatalogue(string knowledgeBasePath, string defaultTerritory)
{
    public TerritoryCatalogue(string defaultTerritory) : this(ProjectPaths.KnowledgeBase, defaultTerritory) { }

    public string Default { get; } = defaultTerritory;

    public bool IsKnown(string territory) =>
        territory.Length is > 0 and <= 32
        && territory.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-')
        && File.Exists(Path.Combine(knowledgeBasePath, territory, "territory.yaml"));
}
