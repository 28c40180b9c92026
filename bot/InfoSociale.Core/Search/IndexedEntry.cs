using InfoSociale.Core.Analysis;
using InfoSociale.Core.KnowledgeBase;

namespace InfoSociale.Core.Search;

// An entry as the index stores it: its four weighted fields as analysed terms, and the words (before
// stemming) that feed the typo vocabulary. Steps and documents stay out: their words ("décompte de
// chômage", "fiche de salaire") say what to bring, not what the entry is about.
internal sealed record IndexedEntry(
    Entry Entry,
    string[] Fields,
    IReadOnlySet<string> Words)
{
    // words: the analyzer without its stemmer; each word is stemmed here, so every text is analysed once.
    public static IndexedEntry From(Entry entry, FrenchAnalyzer words)
    {
        var known = new HashSet<string>(StringComparer.Ordinal);
        string Terms(IEnumerable<string?> texts)
        {
            var terms = new List<string>();
            foreach (var text in texts)
            {
                if (string.IsNullOrWhiteSpace(text)) continue;
                foreach (var token in words.Read(text))
                {
                    if (!token.IsKeyword) known.Add(token.Text);
                    terms.Add(token.IsKeyword ? token.Text : FrenchLightStemmer.Stem(token.Text));
                }
            }
            return TermText.Join(terms);
        }

        return new IndexedEntry(
            entry,
            [
                Terms([entry.Title]),
                Terms([.. entry.Keywords, .. entry.SearchOnlyKeywords, entry.Number, entry.Kind == EntryKind.Urgence ? "urgence" : null]),
                Terms([entry.Summary]),
                Terms([
                    entry.Body, entry.WhenToCall,
                    entry.Address?.Quartier, entry.Address?.City,
                    .. entry.Publics.Select(Slug), .. entry.Themes.Select(Slug),
                ]),
            ],
            known);
    }

    // "parents-isoles" -> "parents isoles"
    private static string Slug(string value) => value.Replace('-', ' ');
}

// Fields are kept as " term term term " (spaces around), so a term's count is the count of " term ".
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
