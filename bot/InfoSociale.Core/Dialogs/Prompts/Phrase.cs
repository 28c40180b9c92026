using InfoSociale.Core.Orientation.Matching;

namespace InfoSociale.Core.Dialogs.Prompts;

// Pure helpers to compare what a resident typed with what the bot offered.
public static class Phrase
{
    // "Oui, d'accord !" -> "oui d accord"; "Réponse  N°2" -> "reponse n 2"
    public static string Normalize(string text) => string.Join(' ', FoldedWords.Split(text));

    // True when `phrase` occurs in `text` as whole words ("oui je veux bien" holds "oui", not "ou").
    public static bool ContainsWords(string text, string phrase)
    {
        if (phrase.Length == 0) return false;
        for (var at = text.IndexOf(phrase, StringComparison.Ordinal); at >= 0; at = text.IndexOf(phrase, at + 1, StringComparison.Ordinal))
        {
            var end = at + phrase.Length;
            if ((at == 0 || text[at - 1] == ' ') && (end == text.Length || text[end] == ' ')) return true;
        }
        return false;
    }

    // How many typing mistakes a phrase of this length tolerates: none for short words ("oui", "aide").
    public static int TypoAllowance(string phrase) => phrase.Length switch
    {
        <= 4 => 0,
        <= 8 => 1,
        _ => 2,
    };
}
