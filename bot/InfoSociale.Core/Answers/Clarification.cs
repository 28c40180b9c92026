using InfoSociale.Core.Dialogs;
using InfoSociale.Core.Dialogs.Prompts;
using InfoSociale.Core.KnowledgeBase;
using InfoSociale.Core.Search;

namespace InfoSociale.Core.Answers;

// Should the bot ask one question before answering? Yes when the two best results are nearly tied and share no
// theme, so they answer different needs ("logement": find a flat, pay the rent, social housing): then the resident picks.
// Close scores alone (three aids for the same need) or different needs far apart in score do not ask: the list
// or the clear winner serves better than a question.
public sealed class Clarification(EntryCatalog catalog, Messages messages)
{
    // Second score at least 90 % of the first: the engine cannot tell them apart.
    private const double CloseRatio = 0.9;

    public bool ShouldAsk(IReadOnlyList<SearchHit> hits)
    {
        if (hits.Count < 2 || hits[0].Score <= 0 || hits[1].Score < CloseRatio * hits[0].Score) return false;
        var (first, second) = (catalog.Find(hits[0].Id), catalog.Find(hits[1].Id));
        if (first is null || second is null || first.Themes.Intersect(second.Themes).Any()) return false;
        // Choices that read the same would not help the resident choose: the list serves better.
        var labels = Labels(hits);
        return labels.Distinct().Count() == labels.Count;
    }

    // One choice per result, named by the need it answers in plain words ("Payer le loyer / Trouver un logement /
    // Vous êtes menacé d'expulsion"): the entry's `need`, else the need of a theme only it has among the results
    // (theme.<code> in the messages), never its title: an organisation's name is not a need. The title and keywords
    // still select it when typed.
    public IReadOnlyList<Choice> Choices(IReadOnlyList<SearchHit> hits)
    {
        var labels = Labels(hits);
        return hits.Select((hit, i) => new Choice(labels[i])
        {
            Synonyms = [hit.Title, .. catalog.Find(hit.Id)?.Keywords ?? []],
        }).ToList();
    }

    private List<string> Labels(IReadOnlyList<SearchHit> hits)
    {
        var entries = hits.Select(hit => catalog.Find(hit.Id)).ToList();
        var needs = entries.Select(e => e?.Need).ToList();
        return entries.Select((entry, i) =>
        {
            if (needs[i] is { } need && needs.Count(n => n == need) == 1) return need;
            var themes = entry?.Themes ?? [];
            var others = entries.Where((_, j) => j != i).SelectMany(e => e?.Themes ?? []).ToHashSet();
            var theme = themes.FirstOrDefault(t => !others.Contains(t)) ?? themes.FirstOrDefault();
            return theme is null ? messages.Text("answer.clarify.other") : messages.Text("theme." + theme);
        }).ToList();
    }
}
