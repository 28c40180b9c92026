using System.Globalization;
using System.Text;

namespace InfoSociale.Core.Search.Fts;

// Text before tokenising: NFKC (ﬁ -> fi, full-width digits -> digits, composed accents), typographic
// apostrophes -> ', control and format characters -> space. "l’aide\u0000" -> "l'aide ".
public static class UnicodeNormalizer
{
    public static string Normalize(string text)
    {
        var paired = WithoutLoneSurrogates(text);
        var normalized = paired.IsNormalized(NormalizationForm.FormKC) ? paired : paired.Normalize(NormalizationForm.FormKC);
        var builder = new StringBuilder(normalized.Length);
        foreach (var c in normalized)
        {
            builder.Append(c switch
            {
                '\u2019' or '\u2018' or '\u02BC' or '\u0060' or '\u00B4' or '\u2032' => '\'',
                _ when char.IsControl(c) => ' ',
                _ when CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.Surrogate
                    or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned => ' ',
                _ => c,
            });
        }
        return builder.ToString();
    }

    // A lone surrogate (cut text) makes normalisation throw; it carries no word, so it becomes a space.
    private static string WithoutLoneSurrogates(string text)
    {
        char[]? chars = null;
        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsSurrogate(text[i])) continue;
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }
            chars ??= text.ToCharArray();
            chars[i] = ' ';
        }
        return chars is null ? text : new string(chars);
    }
}
