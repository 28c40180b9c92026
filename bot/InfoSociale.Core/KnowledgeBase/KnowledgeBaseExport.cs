using System.Text.Json;
using InfoSociale.Core.KnowledgeBase.Build;

namespace InfoSociale.Core.KnowledgeBase;

// kb export --jsonl: one line per entry, for search tools and evaluation scripts.
public sealed record ExportedEntry(string Id, string Territory, string Kind, string Title, string Text, IReadOnlyList<string> Keywords)
{
    public static ExportedEntry From(Entry entry) => new(
        entry.Id,
        entry.Territory,
        entry.Kind.ToString().ToLowerInvariant(),
        entry.Title,
        $"{entry.Summary}\n{MarkdownText.ToPlain(entry.Body)}".Trim(),
        [.. entry.Keywords, .. entry.SearchOnlyKeywords]);

    public string ToJsonLine() => JsonSerializer.Serialize(this, EntriesJson.Options);
}
