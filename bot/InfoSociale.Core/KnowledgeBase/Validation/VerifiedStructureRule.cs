namespace InfoSociale.Core.KnowledgeBase.Validation;

// A structure checked on its official page says where it is and when it opens; without them it is not verified yet.
internal sealed class VerifiedStructureRule : IKnowledgeBaseRule
{
    public IEnumerable<KbDiagnostic> Check(LoadedKnowledgeBase knowledgeBase)
    {
        foreach (var (entry, source, _, _, _) in knowledgeBase.LoadedEntries.Where(e => e.Entry is { Kind: EntryKind.Structure, Verified: true }))
        {
            var missing = new[] { ("address", entry.Address is null), ("opening_hours", entry.OpeningHours is null) }
                .Where(m => m.Item2).Select(m => m.Item1).ToList();
            if (missing.Count > 0)
                yield return source.Error("verified", $"true, but the structure has no {string.Join(" and no ", missing)}: add them from the official page or set verified: false");
        }
    }
}
