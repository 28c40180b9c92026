using System.Text.RegularExpressions;

namespace InfoSociale.Core.PlainLanguage;

// A text cut into sentences and words once, for every rule to read.
// "{name}" placeholders of the message catalogue count as one word. Context is what the resident reads just before
// the text (an entry's title above its summary): an abbreviation spelled out there is already explained.
public sealed partial record AnalyzedText(string Text, IReadOnlyList<Sentence> Sentences, string Context = "")
{
    public static AnalyzedText Of(string text, string context = "")
    {
        var withoutLinks = LinkPattern().Replace(text, "lien");
        var sentences = SentenceEnd().Split(withoutLinks)
            .Select(s => s.Trim())
            .Where(s => s.Length > 0)
            .Select(s => new Sentence(s, WordPattern().Matches(s).Select(m => m.Value).ToList()))
            .Where(s => s.Words.Count > 0)
            .ToList();
        return new AnalyzedText(withoutLinks, sentences, context);
    }

    public IEnumerable<string> Words => Sentences.SelectMany(s => s.Words);

    // A sentence ends at . ! ? or … followed by a space or the end ("1.5" and "www.ge.ch" stay whole).
    [GeneratedRegex(@"(?<=[.!?…])\s+|\n+")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"[\p{L}\p{N}{][\p{L}\p{N}'’\-}]*")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"https?://\S+|\b[\w.-]+@[\w.-]+\.\w+")]
    private static partial Regex LinkPattern();
}

public sealed record Sentence(string Text, IReadOnlyList<string> Words);
