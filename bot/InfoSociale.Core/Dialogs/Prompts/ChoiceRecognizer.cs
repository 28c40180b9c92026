using InfoSociale.Core.Text;

namespace InfoSociale.Core.Dialogs.Prompts;

// Which offered choice a resident's words pick, tried from the most to the least certain:
// its title or a synonym, its number ("2", "le deuxième"), words holding one, a small typo. Null when none
// or when two choices fit equally well. Accents, case and punctuation never matter.
public static class ChoiceRecognizer
{
    // Only for "the n-th one" answers; the choices' own words come from the message catalogue.
    private static readonly string[][] Ordinals =
    [
        ["un", "une", "premier", "premiere", "1er", "1ere"],
        ["deux", "deuxieme", "second", "seconde", "2e", "2eme"],
        ["trois", "troisieme", "3e", "3eme"],
        ["quatre", "quatrieme", "4e", "4eme"],
        ["cinq", "cinquieme", "5e", "5eme"],
        ["six", "sixieme", "6e", "6eme"],
        ["sept", "septieme", "7e", "7eme"],
        ["huit", "huitieme", "8e", "8eme"],
        ["neuf", "neuvieme", "9e", "9eme"],
    ];

    private static readonly string[] NumberLeads = ["le", "la", "numero", "n", "no", "choix", "reponse"];

    public static int? Recognize(string input, IReadOnlyList<Choice> choices, ChoiceMatching matching = ChoiceMatching.Offered) =>
        Recognize(input, new ChoicePhrases(choices), matching);

    public static int? Recognize(string input, ChoicePhrases choices, ChoiceMatching matching = ChoiceMatching.Offered)
    {
        var partial = matching == ChoiceMatching.Offered;
        var text = Phrase.Normalize(input);
        if (text.Length == 0 || choices.Count == 0) return null;

        var phrases = choices.Phrases;

        // The title first: in "Aucun / 1 / 2 / 3 ou plus", "2" is the title "2", not the second choice.
        if (Unique(phrases.Where(p => p.Words == text)) is { } exact) return exact;
        if (partial && ByNumber(text, choices.Count) is { } number) return number;

        var textWords = WordCount(text);
        var inside = phrases
            .Where(p => (partial || IsShortSentenceAround(textWords, p.Words)) && Phrase.ContainsWords(text, p.Words))
            .ToList();
        if (inside.Count > 0)
        {
            // "pas d'accord" holds "d'accord": only the outer phrase counts.
            var outer = inside.Where(p => !inside.Any(q => q.Words.Length > p.Words.Length && Phrase.ContainsWords(q.Words, p.Words)));
            return Unique(outer);
        }

        if (partial && text.Length >= 4 && Unique(phrases.Where(p => Phrase.ContainsWords(p.Words, text))) is { } part)
            return part;

        var near = phrases
            .Select(p => (p.Index, Allowed: Phrase.TypoAllowance(p.Words), p.Words))
            .Select(p => (p.Index, Distance: EditDistance.Bounded(text, p.Words, p.Allowed), p.Allowed))
            .Where(p => p.Distance <= p.Allowed)
            .ToList();
        if (near.Count == 0) return null;
        var closest = near.Min(p => p.Distance);
        return Unique(near.Where(p => p.Distance == closest).Select(p => (p.Index, "")));
    }

    // Offered phrases come from the message catalogue and the knowledge base, a bounded set matched on every
    // message: each is folded once. The bound only guards against a catalogue reloaded many times.
    private static readonly BoundedCache<string, string> FoldedPhrases = new(20_000, StringComparer.Ordinal);

    internal static string Folded(string phrase) => FoldedPhrases.Get(phrase, 0, static (text, _) => Phrase.Normalize(text));

    private static bool IsShortSentenceAround(int textWords, string phrase) =>
        phrase.Contains(' ') && textWords - WordCount(phrase) <= 4;

    private static int WordCount(string words) => words.Count(c => c == ' ') + 1;

    private static int? ByNumber(string text, int count)
    {
        var words = text.Split(' ');
        var last = words[^1];
        if (words.Length > 2 || (words.Length == 2 && !NumberLeads.Contains(words[0]))) return null;
        var index = int.TryParse(last, out var n) ? n - 1 : Array.FindIndex(Ordinals, names => names.Contains(last));
        return index >= 0 && index < count ? index : null;
    }

    private static int? Unique(IEnumerable<(int Index, string Words)> matches)
    {
        var indexes = matches.Select(m => m.Index).Distinct().ToList();
        return indexes.Count == 1 ? indexes[0] : null;
    }
}

// The choices' phrases (titles and synonyms) folded for comparison, numbered by choice. Built once by what offers the
// same choices on every message (commands, the guided paths' names), or for one recognition.
public sealed class ChoicePhrases(IReadOnlyList<Choice> choices)
{
    public int Count { get; } = choices.Count;

    internal IReadOnlyList<(int Index, string Words)> Phrases { get; } = choices
        .SelectMany((choice, index) => choice.Phrases.Select(p => (Index: index, Words: ChoiceRecognizer.Folded(p))))
        .Where(p => p.Words.Length > 0)
        .ToArray();
}

public enum ChoiceMatching
{
    // Choices the bot just offered as buttons: their number, or their words anywhere in the message,
    // or a part of a long title, also count.
    Offered,

    // Commands understood at any moment: only the whole message, or a phrase of several words in a short
    // sentence ("je voudrais parler à une personne svp"), so that "aide au logement" stays a question, not "aide",
    // and "2" is never a command.
    WholeMessage,
}
