namespace InfoSociale.Core.Search;

// The search engine as the bot, the kiosk and the command line see it.
public interface IKnowledgeSearch
{
    // Ranked entries of the territory for a resident's free text; empty when nothing answers well enough.
    IReadOnlyList<SearchHit> Search(SearchRequest request);
}

public sealed record SearchRequest(string Query, string Territory, int Top = 5)
{
    // Optional boosts for what the conversation already knows about the resident.
    public IReadOnlyList<string> Publics { get; init; } = [];
    public IReadOnlyList<string> Themes { get; init; } = [];
}

public sealed record SearchHit(string Id, double Score, string Title, string Snippet, IReadOnlyList<string> MatchedTerms);
