using InfoSociale.Core.KnowledgeBase;

namespace InfoSociale.Core.Orientation.Eligibility;

public enum Likelihood { Likely, ToCheck, NotForYou }

public enum ConditionOutcome { Met, NotMet, Unknown }

public sealed record ConditionResult(EligibilityCondition Condition, ConditionOutcome Outcome);

// One entry judged against what the resident said. CheckWith names where to confirm it (a structure's title)
// whenever the verdict is not certain, which is always: "likely" is never a promise.
public sealed record EligibilityVerdict(Entry Entry, Likelihood Likelihood, IReadOnlyList<ConditionResult> Conditions, string CheckWith)
{
    public IEnumerable<ConditionResult> Met => Conditions.Where(c => c.Outcome == ConditionOutcome.Met);
    public IEnumerable<ConditionResult> NotMet => Conditions.Where(c => c.Outcome == ConditionOutcome.NotMet);
    public IEnumerable<ConditionResult> Unknown => Conditions.Where(c => c.Outcome == ConditionOutcome.Unknown);
}

// Classes entries as likely / à vérifier / pas pour vous from their eligibility conditions.
// A fact the resident has not given never counts as met: the condition stays "à vérifier".
public sealed class EligibilityEvaluator(Func<string, Entry?> findEntry)
{
    public EligibilityVerdict Evaluate(Entry entry, ResidentFacts facts)
    {
        var results = entry.Eligibility.Select(c => new ConditionResult(c, Judge(c, facts))).ToList();
        var likelihood =
            results.Any(r => r.Outcome == ConditionOutcome.NotMet) ? Likelihood.NotForYou
            : results.Count == 0 || results.Any(r => r.Outcome == ConditionOutcome.Unknown) ? Likelihood.ToCheck
            : Likelihood.Likely;
        return new EligibilityVerdict(entry, likelihood, results, CheckWith(entry));
    }

    // Likely first, then to check, then not for you; the entries' own order is kept inside each class.
    public IReadOnlyList<EligibilityVerdict> Rank(IEnumerable<Entry> entries, ResidentFacts facts) =>
        entries.Select(e => Evaluate(e, facts)).OrderBy(v => v.Likelihood).ToList();

    public static ConditionOutcome Judge(EligibilityCondition condition, ResidentFacts facts)
    {
        if (condition.Min is not null || condition.Max is not null)
            return facts.Number(condition.Fact) is { } range ? JudgeRange(condition, range) : ConditionOutcome.Unknown;
        if (condition.In.Count > 0)
            return facts.Value(condition.Fact) is { } value
                ? condition.In.Contains(value) ? ConditionOutcome.Met : ConditionOutcome.NotMet
                : ConditionOutcome.Unknown;
        if (condition.EqualsValue is { } expected)
            return facts.Flag(condition.Fact) is { } flag
                ? flag == expected ? ConditionOutcome.Met : ConditionOutcome.NotMet
                : ConditionOutcome.Unknown;
        return ConditionOutcome.Unknown;
    }

    // Age band 18-24 against "min: 25" is not met; against "min: 20" it may or may not be: unknown.
    private static ConditionOutcome JudgeRange(EligibilityCondition condition, NumberRange known)
    {
        var min = condition.Min ?? double.NegativeInfinity;
        var max = condition.Max ?? double.PositiveInfinity;
        if (known.Min >= min && known.Max <= max) return ConditionOutcome.Met;
        if (known.Max < min || known.Min > max) return ConditionOutcome.NotMet;
        return ConditionOutcome.Unknown;
    }

    private string CheckWith(Entry entry)
    {
        var structure = entry.Kind == EntryKind.Structure ? entry : entry.Structures.Select(findEntry).FirstOrDefault(s => s is not null);
        return structure?.Title ?? entry.Title;
    }
}
