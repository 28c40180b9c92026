using InfoSociale.Core.KnowledgeBase;
using InfoSociale.Core.Orientation.Eligibility;
using InfoSociale.Core.Orientation.Ranking;

namespace InfoSociale.Core.Orientation.Guided;

// What the resident may be entitled to, ranked for them (NeedRanking): at the end of a parcours, the entries of the
// territory that answer the chosen needs; in a free question, the search results. Facts are what the resident said,
// completed with what it implies (ImpliedFacts).
public sealed class OrientationResults(EntryCatalog catalog, ImpliedFacts implied)
{
    // "Ask one more short question": after the path, never more than this.
    public const int MaxFollowUps = 1;

    private readonly NeedRanking _ranking = new(catalog);

    public ResidentFacts Facts(IReadOnlyDictionary<string, string> said) => implied.Complete(ResidentFacts.From(said));

    public IReadOnlyList<EligibilityVerdict> For(ParcoursProgress progress, string territory, ResidentFacts facts)
    {
        var named = progress.Entries.Select(catalog.Find).OfType<Entry>().Where(e => e.Territory == territory);
        var themed = catalog.InTerritory(territory)
            .Where(e => e.Kind is EntryKind.Prestation or EntryKind.Droit)
            .Where(e => e.Themes.Intersect(progress.Themes).Any());
        return _ranking.Rank(named.Concat(themed).DistinctBy(e => e.Id), progress.Themes, progress.Publics, facts, progress.Entries.ToHashSet());
    }

    // The follow-up question to ask before showing the results: for the first strong candidate (a benefit made for the
    // need and the resident, still "à vérifier"), a fact its conditions cannot judge yet (unknown, or known too
    // roughly: "1 or more children" against "2 children") that the parcours has a question for.
    public ParcoursQuestion? FollowUp(Parcours parcours, ParcoursProgress progress, IReadOnlyList<EligibilityVerdict> ranked)
    {
        if (progress.FollowUpsAsked >= MaxFollowUps) return null;
        return ranked
            .Where(v => NeedRanking.IsStrongCandidate(v, progress.Themes))
            .SelectMany(v => v.Unknown)
            .Select(c => parcours.FollowUpFor(c.Condition.Fact))
            .FirstOrDefault(q => q is not null);
    }

    // A free question's results, for a resident who said who they are (nothing changes for one who said nothing).
    public IReadOnlyList<T> ForAnswer<T>(IReadOnlyList<T> found, Func<T, string> idOf, IReadOnlyCollection<string> needs, ResidentFacts facts) =>
        facts.IsEmpty ? found : _ranking.Reorder(found, idOf, needs, facts);
}
