namespace InfoSociale.Core.KnowledgeBase;

// kb stats: how many entries per territory, kind, theme and public, and how many problems the validator found.
public sealed record KnowledgeBaseStats(
    int Entries,
    int Errors,
    int Warnings,
    IReadOnlyDictionary<string, int> Territories,
    IReadOnlyDictionary<string, int> Kinds,
    IReadOnlyDictionary<string, int> Themes,
    IReadOnlyDictionary<string, int> Publics)
{
    public static KnowledgeBaseStats Of(LoadedKnowledgeBase validated)
    {
        var entries = validated.Catalog.Entries;
        return new(
            entries.Count,
            validated.ErrorCount,
            validated.WarningCount,
            Count(entries.Select(e => e.Territory)),
            Count(entries.Select(e => e.Kind.ToString().ToLowerInvariant())),
            Count(entries.SelectMany(e => e.Themes)),
            Count(entries.SelectMany(e => e.Publics)));
    }

    // Most frequent first, then alphabetical.
    private static IReadOnlyDictionary<string, int> Count(IEnumerable<string> values) =>
        values.GroupBy(v => v, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count());
}
