using InfoSociale.Core.KnowledgeBase;

namespace InfoSociale.Core.Search.Fts;

// An entry as the index stores it: its four weighted fields as analysed terms, and the words (before
// stemming) that feed the typo vocabulary. Steps and documents stay out: their words ("décompte de
// chômage", "fiche de salaire") say what to bring, not what the entry is about.
internal sealed record IndexedEntry(
    Entry Entry,
    string Title,
    string Keywords,
    string Summary,
    string Body,
    IReadOnlySet<string> Words)
{
    public static IndexedEntry From(Entry entry, FrenchAnalyzer analyzer)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        string Terms(IEnumerable<string?> texts)
        {
            var terms = new List<string>();
            foreach (var text in texts)
            {
                if (string.IsNullOrWhiteSpace(text)) continue;
                foreach (var token in analyzer.Words(text))
                {
                    if (!token.IsProtected) words.Add(token.Text);
                    terms.Add(token.IsProtected ? token.Text : FrenchLightStemmer.Stem(token.Text));
                }
            }
            return TermText.Join(terms);
        }

        return new IndexedEntry(
            entry,
            Terms([entry.Title]),
            Terms([.. entry.Keywords, .. entry.SearchOnlyKeywords, entry.Number, entry.Kind == EntryKind.Urgence ? "urgence" : null]),
            Terms([entry.Summary]),
            Terms([
                entry.Body, entry.WhenToCall,
                entry.Address?.Quartier, entry.Address?.City,
                .. entry.Publics.Select(Slug), .. entry.Themes.Select(Slug),
            ]),
            words);
    }

    // "parents-isoles" -> "parents isoles"
    private static string Slug(string value) => value.Replace('-', ' ');
}

// Fields are stored as " term term term " (spaces around), so a term's count is the count of " term ".
internal static class TermText
{
    public static string Join(IEnumerable<string> terms) => " " + string.Join(' ', terms) + " ";

    public static int Length(string field)
    {
        var spaces = 0;
        foreach (var c in field)
            if (c == ' ') spaces++;
        return Math.Max(0, spaces - 1);
    }

    public static int Count(string field, string paddedTerm)
    {
        var count = 0;
        for (var at = field.IndexOf(paddedTerm, StringComparison.Ordinal); at >= 0;
             at = field.IndexOf(paddedTerm, at + paddedTerm.Length - 1, StringComparison.Ordinal))
            count++;
        return count;
    }
}
