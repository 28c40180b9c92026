using InfoSociale.Core.KnowledgeBase.Loading;
using YamlDotNet.RepresentationModel;

namespace InfoSociale.Core.KnowledgeBase.Validation;

// The fields that rank guided results: `centrality` names needs among the entry's own `themes`, each at one level;
// `after` (subsidiarity) names other prestations or droits of the same territory, with no cycle.
internal sealed class RankingFieldsRule : IKnowledgeBaseRule
{
    public IEnumerable<KbDiagnostic> Check(LoadedKnowledgeBase knowledgeBase)
    {
        var catalog = knowledgeBase.Catalog;
        foreach (var (entry, source, _, _, _) in knowledgeBase.LoadedEntries)
        {
            foreach (var level in Enum.GetValues<Centrality>())
            {
                var key = level.ToString().ToLowerInvariant();
                var themes = Themes(source, key);
                for (var i = 0; i < themes.Count; i++)
                {
                    if (themes[i] is not { } theme) continue;
                    var path = $"centrality.{key}[{i}]";
                    if (!entry.Themes.Contains(theme))
                        yield return source.Error(path, $"'{theme}' is not one of the entry's themes ({string.Join(", ", entry.Themes)})");
                    else if (entry.Centrality.TryGetValue(theme, out var first) && first != level)
                        yield return source.Error(path, $"'{theme}' is already at the level {first.ToString().ToLowerInvariant()}: one level per need");
                }
            }
            for (var i = 0; i < entry.After.Count; i++)
                if (AfterProblem(catalog, entry, entry.After[i]) is { } problem)
                    yield return source.Error($"after[{i}]", problem);
            if (Cycle(catalog, entry) is { } cycle)
                yield return source.Error("after", $"subsidiarity comes back to this entry: {string.Join(" -> ", cycle)}");
        }
    }

    // The themes written at one level, as written (the model keeps the first level of a theme named twice).
    private static IReadOnlyList<string?> Themes(SourceDocument source, string level) =>
        source.Root.Children.TryGetValue(new YamlScalarNode("centrality"), out var node) && node is YamlMappingNode map
        && map.Children.TryGetValue(new YamlScalarNode(level), out var list) && list is YamlSequenceNode sequence
            ? sequence.Children.Select(YamlTypes.Text).ToList()
            : [];

    private static string? AfterProblem(EntryCatalog catalog, Entry entry, string id)
    {
        if (id == entry.Id) return "an entry cannot come after itself";
        if (catalog.Find(id) is not { } target)
        {
            var candidates = catalog.InTerritory(entry.Territory).Where(Ranked).Select(e => e.Id);
            return $"no entry '{id}'{SchemaValidator.Suggest(id, candidates)}";
        }
        if (!Ranked(target)) return $"'{id}' is a {target.Kind.ToString().ToLowerInvariant()}: only prestations and droits are ranked";
        if (target.Territory != entry.Territory) return $"'{id}' belongs to the territory '{target.Territory}', not '{entry.Territory}'";
        return null;
    }

    private static bool Ranked(Entry entry) => entry.Kind is EntryKind.Prestation or EntryKind.Droit;

    // The path from the entry back to itself through `after`, if there is one.
    private static IReadOnlyList<string>? Cycle(EntryCatalog catalog, Entry start)
    {
        var seen = new HashSet<string>();
        IReadOnlyList<string>? Walk(Entry entry, IReadOnlyList<string> path)
        {
            foreach (var id in entry.After)
            {
                if (id == start.Id && path.Count > 1) return [.. path, id];
                if (id == start.Id || !seen.Add(id) || catalog.Find(id) is not { } next) continue;
                if (Walk(next, [.. path, id]) is { } found) return found;
            }
            return null;
        }
        return Walk(start, [start.Id]);
    }
}
