namespace InfoSociale.Core.KnowledgeBase.Validation;

// last_verified is a real check date (not in the future, not before 2015); unverified or stale facts are warnings.
internal sealed class VerificationDateRule(DateOnly today) : IKnowledgeBaseRule
{
    private static readonly DateOnly Earliest = new(2015, 1, 1);

    public IEnumerable<KbDiagnostic> Check(LoadedKnowledgeBase knowledgeBase)
    {
        foreach (var (entry, source, _, _, _) in knowledgeBase.LoadedEntries)
        {
            if (entry.LastVerified is { } checkedOn)
            {
                var date = checkedOn.ToString("yyyy-MM-dd");
                if (checkedOn > today) yield return source.Error("last_verified", $"{date} is in the future");
                else if (checkedOn < Earliest) yield return source.Error("last_verified", $"{date} is before 2015; check the sources again");
                else if (checkedOn < today.AddMonths(-12))
                    yield return source.Warning("last_verified", $"{date} is more than 12 months ago; check the sources again");
            }
            if (source.IsFalse("verified"))
                yield return source.Warning("verified", "false: some facts are still to be confirmed on an official page");
        }
    }
}

// A structure tells residents how to reach it and when: warnings, because a missing fact is better than an invented one.
internal sealed class StructureCompletenessRule : IKnowledgeBaseRule
{
    public IEnumerable<KbDiagnostic> Check(LoadedKnowledgeBase knowledgeBase)
    {
        foreach (var (entry, source, _, _, _) in knowledgeBase.LoadedEntries.Where(e => e.Entry.Kind == EntryKind.Structure))
        {
            if (entry.Contact is not { Phone: not null } and not { Email: not null } and not { Website: not null })
                yield return source.Warning("contact", "no phone, e-mail or website: how do residents reach this structure?");
            if (entry.OpeningHours is null)
                yield return source.Warning("opening_hours", "missing: add the hours from the official page when they are published");
            if (entry.Address is null)
                yield return source.Warning("address", "missing: add the address from the official page");
        }
    }
}
