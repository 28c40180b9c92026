using System.Globalization;

namespace InfoSociale.Core.Search.Fts;

// Splits normalised text into words: runs of letters and digits, so codes stay whole ("C2S", "3919",
// "AVS/AI" -> "AVS", "AI"). An apostrophe between two letters stays inside the word ("l'aide") for the
// elision step; hyphens, punctuation, emoji and spaces separate words ("assurance-maladie" -> 2 words).
public static class FrenchTokenizer
{
    public static IEnumerable<Token> Tokenize(string text)
    {
        var position = 0;
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && (IsWordChar(text[i]) || IsInnerApostrophe(text, i, start));
            if (inWord)
            {
                if (start < 0) start = i;
                continue;
            }
            if (start < 0) continue;
            var word = text[start..i];
            start = -1;
            yield return new Token(word, position++);
        }
    }

    private static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c)
        || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    private static bool IsInnerApostrophe(string text, int i, int wordStart) =>
        text[i] == '\'' && wordStart >= 0 && i + 1 < text.Length && char.IsLetter(text[i + 1]);
}
