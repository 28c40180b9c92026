using InfoSociale.Core.KnowledgeBase;
using InfoSociale.Core.Orientation.Matching;

namespace InfoSociale.Core.Orientation.Urgency;

// What knowledge-base/analysis/urgences.txt says: situations from the most to the least pressing,
// their triggers and false alarms, the numbers to call and urgence entries to show per territory, and spoken spellings.
public sealed record UrgencyLexicon(
    IReadOnlyList<UrgentSituationRules> Situations,
    IReadOnlyDictionary<string, IReadOnlyList<string>> SpokenForms)
{
    public UrgentSituationRules Situation(string id) => Situations.First(s => s.Id == id);

    // The `urgence` entries' keywords detect the entry's situation too, in every territory (a phrase that means
    // violence in Geneva means it in Paris), so an editor who adds a keyword sees it detected. Search-only keywords don't.
    public UrgencyLexicon WithEntryKeywords(IEnumerable<Entry> entries)
    {
        var keywords = entries
            .Where(e => e.Kind == EntryKind.Urgence && e.Situation is not null)
            .SelectMany(e => e.Keywords.Where(k => FoldedWords.Split(k).Count > 0).Select(k => (e.Situation!, Pattern: WordPattern.Parse(k))))
            .ToLookup(k => k.Item1, k => k.Pattern);
        return this with
        {
            Situations = Situations.Select(s => s with { Triggers = [.. s.Triggers, .. keywords[s.Id]] }).ToList(),
        };
    }
}

public sealed record UrgentSituationRules(
    string Id,
    IReadOnlyList<WordPattern> Triggers,
    IReadOnlyList<WordPattern> FalseAlarms,
    IReadOnlyDictionary<string, IReadOnlyList<string>> EntriesByTerritory,
    IReadOnlyDictionary<string, IReadOnlyList<string>> NumbersByTerritory)
{
    public IReadOnlyList<string> EntriesFor(string territory) =>
        EntriesByTerritory.TryGetValue(territory, out var ids) ? ids : [];

    // Emergency numbers of territory.yaml to offer first as call buttons ("144" for a medical emergency in Geneva).
    public IReadOnlyList<string> NumbersFor(string territory) =>
        NumbersByTerritory.TryGetValue(territory, out var numbers) ? numbers : [];
}
