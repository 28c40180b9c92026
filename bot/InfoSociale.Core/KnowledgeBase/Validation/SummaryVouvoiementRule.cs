using System.Text.RegularExpressions;

namespace InfoSociale.Core.KnowledgeBase.Validation;

// The summary speaks to the resident ("Vous pouvez…", "votre loyer"), as the README asks.
internal sealed partial class SummaryVouvoiementRule : IKnowledgeBaseRule
{
    public IEnumerable<KbDiagnostic> Check(LoadedKnowledgeBase knowledgeBase) =>
        knowledgeBase.LoadedEntries
            .Where(e => e.Source.Has("summary") && !AddressesTheResident().IsMatch(e.Entry.Summary))
            .Select(e => e.Source.Warning("summary", "does not speak to the resident: write it with \"vous\" (\"Vous pouvez demander…\")"));

    [GeneratedRegex(@"\b(vous|votre|vos)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AddressesTheResident();
}
