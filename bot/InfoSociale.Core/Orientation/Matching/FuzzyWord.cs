using InfoSociale.Core.Text;
namespace InfoSociale.Core.Orientation.Matching;

// Does a typed word stand for a lexicon word, allowing the typos residents make ("mourrir", "suiside", "frape")?
// Short words must be exact (too many neighbours: "tape"/"tapis"); longer words allow one or two edits, and the
// first letter must agree, which keeps "mourir" away from "nourrir".
public static class FuzzyWord
{
    public static bool Matches(string typed, string lexiconWord, int shortestFuzzyLength = 5)
    {
        var isPrefix = lexiconWord.EndsWith('*');
        var word = isPrefix ? lexiconWord[..^1] : lexiconWord;
        if (isPrefix ? typed.StartsWith(word, StringComparison.Ordinal) : typed == word) return true;
        if (word.Length < shortestFuzzyLength || typed.Length == 0 || typed[0] != word[0]) return false;

        var allowed = word.Length >= 8 ? 2 : 1;
        if (!isPrefix) return EditDistance.Bounded(typed, word, allowed) <= allowed;
        // "fraper" stands for "frapp*": compare the stem with the typed word's start, one letter shorter or longer.
        for (var length = word.Length - allowed; length <= word.Length + allowed; length++)
            if (length > 0 && length <= typed.Length && EditDistance.Bounded(typed[..length], word, allowed) <= allowed) return true;
        return false;
    }
}
