using InfoSociale.Core.PlainLanguage;

namespace InfoSociale.Core.KnowledgeBase.Report;

// One table of the editor's report: a title, what it lists, its column names and its rows.
public sealed record ReportSection(string Id, string Title, string About, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows);

// kb report: what an editor works from, one section per question ("what is oldest?", "what is unconfirmed?", "which
// place is named but missing?"), built from a validated knowledge base and its lint report.
public sealed record EditorReport(DateOnly Today, IReadOnlyList<ReportSection> Sections)
{
    private const int StaleAfterMonths = 12;

    public static EditorReport Of(LoadedKnowledgeBase validated, LintReport lint, IReadOnlyList<NamedPlace> namedPlaces, DateOnly today) =>
        new(today,
        [
            ByAge(validated, today),
            Unverified(validated),
            IncompleteStructures(validated),
            MissingPlaces(validated, namedPlaces),
            Validation(validated),
            PlainLanguage(lint),
        ]);

    // Oldest check first; an entry never checked (no date) comes before all.
    private static ReportSection ByAge(LoadedKnowledgeBase kb, DateOnly today)
    {
        var rows = kb.LoadedEntries
            .OrderBy(e => e.Entry.LastVerified ?? DateOnly.MinValue).ThenBy(e => e.Entry.Id, StringComparer.Ordinal)
            .Select(e => Row(e.Entry.Id, e.Entry.LastVerified?.ToString("yyyy-MM-dd") ?? "never", MonthsSince(e.Entry.LastVerified, today),
                e.Entry.LastVerified is { } d && d < today.AddMonths(-StaleAfterMonths) ? "yes" : "no", YesNo(e.Entry.Verified), e.Source.File))
            .ToList();
        return new("age", "Entries by age of last_verified",
            $"Oldest check first. \"Stale\": checked more than {StaleAfterMonths} months ago; check its sources again.",
            ["entry", "last_verified", "months ago", "stale", "verified", "file"], rows);
    }

    private static ReportSection Unverified(LoadedKnowledgeBase kb)
    {
        var rows = kb.LoadedEntries.Where(e => !e.Entry.Verified)
            .OrderBy(e => e.Entry.Id, StringComparer.Ordinal)
            .Select(e => Row(e.Entry.Id, e.Entry.Kind.ToString().ToLowerInvariant(), e.Entry.Title,
                string.Join(" ", e.Entry.Sources), e.Source.File))
            .ToList();
        return new("unverified", "Unverified entries",
            "verified: false: some facts are still to be confirmed on the official page; the bot tells residents to confirm them.",
            ["entry", "kind", "title", "sources", "file"], rows);
    }

    private static ReportSection IncompleteStructures(LoadedKnowledgeBase kb)
    {
        var rows = kb.LoadedEntries.Where(e => e.Entry.Kind == EntryKind.Structure && (e.Entry.Address is null || e.Entry.OpeningHours is null))
            .OrderBy(e => e.Entry.Id, StringComparer.Ordinal)
            .Select(e => Row(e.Entry.Id, e.Entry.Title, YesNo(e.Entry.Address is not null), YesNo(e.Entry.OpeningHours is not null), e.Source.File))
            .ToList();
        return new("structures", "Structures without address or hours",
            "Add them from the official page when it publishes them; never guess.",
            ["entry", "title", "address", "opening_hours", "file"], rows);
    }

    private static ReportSection MissingPlaces(LoadedKnowledgeBase kb, IReadOnlyList<NamedPlace> namedPlaces)
    {
        var rows = new List<IReadOnlyList<string>>();
        foreach (var place in namedPlaces)
        {
            var entries = kb.Catalog.InTerritory(place.Territory).ToList();
            if (entries.Any(e => e.Kind == EntryKind.Structure && e.Address is not null && place.IsThePlace(e))) continue;
            var naming = entries.Where(e => place.IsNamedIn($"{e.Summary}\n{e.Body}\n{string.Join("\n", e.Steps)}")).Select(e => e.Id).ToList();
            if (naming.Count > 0)
                rows.Add(Row(place.Territory, place.Phrase, place.StructureTitle, naming.Count.ToString(), string.Join(" ", naming)));
        }
        return new("places", "Places named in the text but missing",
            $"Entries send residents there, but no structure with an address has these words in its title (analysis/{NamedPlaces.FileName}).",
            ["territory", "named as", "structure title needed", "entries", "named in"], rows);
    }

    private static ReportSection Validation(LoadedKnowledgeBase kb) =>
        new("validation", "Validation problems",
            "What ./infosociale kb validate prints: errors first (they block kb build), then warnings.",
            ["file:line", "severity", "message"],
            kb.Diagnostics.OrderBy(d => d.Severity).Select(d => Row(d.Line > 0 ? $"{d.File}:{d.Line}" : d.File,
                d.Severity == Severity.Error ? "error" : "warning", d.Message)).ToList());

    private static ReportSection PlainLanguage(LintReport lint) =>
        new("lint", "Plain-language findings",
            $"What ./infosociale kb lint prints ({lint.TextsChecked} texts checked): errors first, then warnings for a human reading.",
            ["text", "severity", "rule", "message"],
            lint.Findings.OrderByDescending(f => f.Finding.Severity).Select(f => Row(f.Source,
                f.Finding.Severity == LintSeverity.Error ? "error" : "warning", f.Finding.Rule, f.Finding.Message)).ToList());

    private static string MonthsSince(DateOnly? date, DateOnly today) =>
        date is { } d ? Math.Max(0, (today.Year - d.Year) * 12 + today.Month - d.Month - (today.Day < d.Day ? 1 : 0)).ToString() : "";

    private static string YesNo(bool value) => value ? "yes" : "no";

    private static IReadOnlyList<string> Row(params string[] cells) => cells;
}
