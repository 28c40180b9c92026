using InfoSociale.Core.Dialogs.Prompts;
using InfoSociale.Core.KnowledgeBase;
using InfoSociale.Core.Search;

namespace InfoSociale.Core.Answers;

// Should the bot ask one question before answering? Yes when the two best results are nearly tied and share no
// theme, so they answer different needs ("logement": find a flat, pay the rent, social housing): then the resident picks.
// Close scores alone (three aids for the same need) or different needs far apart in score do not ask: the list
// or the clear winner serves better than a question.
public sealed class Clarification(EntryCatalog catalog)
{
    // Second score at least 90 % of the first: the engine cannot tell them apart.
    private const double CloseRatio = 0.9;

    public bool ShouldAsk(IReadOnlyList<SearchHit> hits)
    {
        if (hits.Count < 2 || hits[0].Score <= 0 || hits[1].Score < CloseRatio * hits[0].Score) return false;
        var (first, second) = (catalog.Find(hits[0].Id), catalog.Find(hits[1].Id));
        return first is not null && second is not null && !first.Themes.Intersect(second.Themes).Any();
    }

    // One choice per result, named by the need it answers ("Payer le loyer / Trouver un logement / Vous êtes menacé
    // d'expulsion"). The title stands in when an entry has no `need`, or when two results would read the same;
    // the title and keywords still select it when typed.
    public IReadOnlyList<Choice> Choices(IReadOnlyList<SearchHit> hits)
    {
        var entries = hits.Select(hit => catalog.Find(hit.Id)).ToList();
        var needs = entries.Select(e => e?.Need).ToList();
        return hits.Select((hit, i) => new Choice(needs[i] is { } need && needs.Count(n => n == need) == 1 ? need : hit.Title)
        {
            Synonyms = [hit.Title, .. entries[i]?.Keywords ?? []],
        }).ToList();
    }
}
