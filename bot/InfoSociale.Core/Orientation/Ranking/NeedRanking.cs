using InfoSociale.Core.KnowledgeBase;
using InfoSociale.Core.Orientation.Eligibility;

namespace InfoSociale.Core.Orientation.Ranking;

// How close an entry is to the needs the resident chose, from its `centrality`: made for it (benefit, help, desk),
// only touching it (a theme without a level), or about something else.
public enum NeedFit { Benefit, Help, Desk, Related, Other }

// Orders entries for a resident: first those whose conditions hold, then those to check; inside each, by how
// central they are to the need (a benefit before a help before a general desk), then those made for who the resident
// is (the more of their publics, the better: emergency shelter before rent aid for a homeless person); subsidiarity
// (`after`) last, so social aid follows the PC it comes after. "Not for you" keeps only entries made for the same
// need and for who the resident is that fail a condition the resident stated, at most three: never entries of other
// needs (a pensioner learns the AVS pension request is not for them, not that study grants are).
public sealed class NeedRanking(EntryCatalog catalog)
{
    public const int NotForYouShown = 3;
    private const string ForEveryone = "tous";

    private readonly EligibilityEvaluator _evaluator = new(catalog.Find);

    public static NeedFit Fit(Entry entry, IReadOnlyCollection<string> needs) =>
        needs.Select(need => entry.Centrality.TryGetValue(need, out var level) ? (NeedFit)(int)level
                : entry.Themes.Contains(need) ? NeedFit.Related
                : NeedFit.Other)
            .DefaultIfEmpty(NeedFit.Other)
            .Min();

    // Guided results: the proposed entries (likely, then to check), then at most three "not for you".
    // Named entries are the ones a parcours answer pointed to: they count as made for the need.
    public IReadOnlyList<EligibilityVerdict> Rank(
        IEnumerable<Entry> candidates, IReadOnlyCollection<string> needs, IReadOnlyCollection<string> publics, ResidentFacts facts,
        IReadOnlySet<string>? named = null)
    {
        var judged = candidates
            .Select(entry => new Judged(
                _evaluator.Evaluate(entry, facts),
                named?.Contains(entry.Id) == true ? NeedFit.Benefit : Fit(entry, needs),
                entry.Publics.Intersect(publics).Count(p => p != ForEveryone),
                entry.Publics.Contains(ForEveryone),
                publics.Contains(ForEveryone)))
            .Select(ForTheirPublic)
            .ToList();
        var proposed = judged
            .Where(j => j.Verdict.Likelihood != Likelihood.NotForYou && Shown(j))
            .OrderBy(j => j.Verdict.Likelihood).ThenBy(j => j.Fit)
            .ThenByDescending(j => j.PublicsMatched).ThenByDescending(j => j.Verdict.Met.Count())
            .GroupBy(j => j.Verdict.Likelihood)
            .SelectMany(group => Subsidiarity(group.ToList(), j => j.Verdict.Entry));
        var notForYou = judged
            .Where(j => j.Verdict.Likelihood == Likelihood.NotForYou && j.Fit <= NeedFit.Desk
                && (j.PublicsMatched > 0 || j.ForAll || j.ResidentSaidOther))
            .OrderBy(j => j.Fit).ThenByDescending(j => j.PublicsMatched)
            .Take(NotForYouShown);
        return proposed.Concat(notForYou).Select(j => j.Verdict).ToList();
    }

    // Free-text answers for a resident who said who they are: the search order is kept, except that entries whose
    // conditions the resident's facts meet (one at least, none failing) come first, entries they fail come last,
    // entries made for the chosen needs come before the others, and subsidiarity applies.
    public IReadOnlyList<T> Reorder<T>(IReadOnlyList<T> found, Func<T, string> idOf, IReadOnlyCollection<string> needs, ResidentFacts facts)
    {
        var ordered = found
            .Select((item, rank) => (Item: item, Rank: rank, Entry: catalog.Find(idOf(item))))
            .OrderBy(x => x.Entry is null ? 1 : Bucket(_evaluator.Evaluate(x.Entry, facts)))
            .ThenBy(x => x.Entry is null || needs.Count == 0 ? NeedFit.Other : Min(Fit(x.Entry, needs), NeedFit.Related))
            .ThenBy(x => x.Rank)
            .ToList();
        var entries = ordered.Where(x => x.Entry is not null).ToList();
        var reordered = new Queue<(T Item, int Rank, Entry? Entry)>(Subsidiarity(entries, x => x.Entry!));
        // Items the catalogue does not know keep their place.
        return ordered.Select(x => x.Entry is null ? x.Item : reordered.Dequeue().Item).ToList();
    }

    private static NeedFit Min(NeedFit a, NeedFit b) => a < b ? a : b;

    private static int Bucket(EligibilityVerdict verdict) =>
        verdict.Likelihood == Likelihood.NotForYou ? 2 : verdict.Met.Any() ? 0 : 1;

    // An entry without conditions has nothing to check but its public: made for who the resident is (emergency
    // shelter for a homeless person), it is likely.
    private static Judged ForTheirPublic(Judged judged) =>
        judged.Verdict.Conditions.Count == 0 && judged.PublicsMatched > 0
            ? judged with { Verdict = judged.Verdict with { Likelihood = Likelihood.Likely } }
            : judged;

    // Only entries made for the need are shown (maternity pay touches "money" but answers a family need). One "to
    // check" also needs a reason: made for who the resident is, or for everyone with a condition already met (the
    // PC AVS/AI are not "to check" for a working family; a desk for everyone is not listed to everyone).
    private static bool Shown(Judged judged) =>
        judged.Fit <= NeedFit.Desk
        && (judged.Verdict.Likelihood == Likelihood.Likely || judged.PublicsMatched > 0 || judged.ResidentSaidOther
            || (judged.ForAll && judged.Verdict.Met.Any()));

    // A strong candidate: a benefit made for the need, shown "to check" (so made for who the resident is too).
    public static bool IsStrongCandidate(EligibilityVerdict verdict, IReadOnlyCollection<string> needs) =>
        verdict.Likelihood == Likelihood.ToCheck && Fit(verdict.Entry, needs) == NeedFit.Benefit;

    // Keeps the order, except that an entry comes after the entries it names in `after` when they are in the list.
    private static IEnumerable<T> Subsidiarity<T>(IReadOnlyList<T> ordered, Func<T, Entry> entryOf)
    {
        var pending = ordered.ToList();
        while (pending.Count > 0)
        {
            var waiting = pending.Select(p => entryOf(p).Id).ToHashSet();
            var index = Math.Max(0, pending.FindIndex(p => !entryOf(p).After.Any(waiting.Contains)));
            var next = pending[index];
            pending.RemoveAt(index);
            yield return next;
        }
    }

    // PublicsMatched: how many of the entry's publics the resident chose ("tous" aside). ForAll: the entry is for
    // everyone ("tous"). ResidentSaidOther: the resident did not say who they are ("Autre").
    private sealed record Judged(EligibilityVerdict Verdict, NeedFit Fit, int PublicsMatched, bool ForAll, bool ResidentSaidOther);
}
