using InfoSociale.Core.KnowledgeBase;
using InfoSociale.Core.Orientation.Eligibility;

namespace InfoSociale.Core.Orientation.Guided;

// At the end of a parcours: the entries of the territory that answer the chosen needs, judged against the
// resident's facts. Entries the parcours named come first, then those for the chosen publics, then the others.
public sealed class OrientationResults(EntryCatalog catalog)
{
    private readonly EligibilityEvaluator _evaluator = new(catalog.Find);

    public IReadOnlyList<EligibilityVerdict> For(ParcoursProgress progress, string territory, ResidentFacts facts)
    {
        var named = progress.Entries.Select(catalog.Find).OfType<Entry>().Where(e => e.Territory == territory);
        var themed = catalog.InTerritory(territory)
            .Where(e => e.Kind is EntryKind.Prestation or EntryKind.Droit)
            .Where(e => e.Themes.Intersect(progress.Themes).Any())
            .OrderBy(e => e.Publics.Intersect(progress.Publics).Any() ? 0 : 1);
        return _evaluator.Rank(named.Concat(themed).DistinctBy(e => e.Id), facts);
    }
}
