using InfoSociale.Bot.Hosting;

namespace InfoSociale.Bot.DirectLine;

// What the Direct Line handlers need, bound in one parameter.
public sealed record DirectLineServices(
    DataFolder Data,
    DirectLineTokens Tokens,
    DirectLineConversations Conversations,
    DirectLineTurns Turns,
    DirectLineSettings Settings,
    AllowedOrigins Origins,
    TerritoryCatalogue Territories)
{
    public (string? Territory, string? Error) ResolveTerritory(string? requested)
    {
        if (string.IsNullOrWhiteSpace(requested)) return (Territories.Default, null);
        var territory = requested.Trim().ToLowerInvariant();
        return Territories.IsKnown(territory)
            ? (territory, null)
            : (null, $"Unknown territory '{requested}'; use one of the folders of knowledge-base/ (for example 'ge' or 'paris').");
    }
}
