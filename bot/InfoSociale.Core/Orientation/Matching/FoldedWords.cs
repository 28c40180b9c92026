using System.Globalization;
using System.Text;

namespace InfoSociale.Core.Orientation.Matching;

// Splits a resident's message into lowercase words without accents, the form every orientation lexicon is written in:
// "J'habite aux Pâquis !" -> ["j", "habite", "aux", "paquis"]. Apostrophes split words; digits stay with letters ("18e").
public static class FoldedWords
{
    public static IReadOnlyList<string> Split(string text)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var c in Fold(text))
        {
            if (char.IsLetterOrDigit(c)) current.Append(c);
            else Flush();
        }
        Flush();
        return words;

        void Flush()
        {
            if (current.Length == 0) return;
            words.Add(current.ToString());
            current.Clear();
        }
    }

    // "Œuvre Pâquis" -> "oeuvre paquis"
    public static string Fold(string text)
    {
        if (Ascii.IsValid(text)) return text.ToLowerInvariant(); // most messages: no accent to take off
        var decomposed = text.ToLowerInvariant().Replace("œ", "oe").Replace("æ", "ae").Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) folded.Append(c);
        return folded.ToString().Normalize(NormalizationForm.FormC);
    }
}
