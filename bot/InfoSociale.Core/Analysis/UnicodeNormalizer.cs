using System.Globalization;
using System.Text;

namespace InfoSociale.Core.Analysis;

// Text before tokenising: NFKC (ﬁ -> fi, full-width digits -> digits, composed accents), typographic
// apostrophes -> ', control and format characters -> space. "l’aide\u0000" -> "l'aide ".
public static class UnicodeNormalizer
{
    public static string Normalize(string text)
    {
        var normalized = text.IsNormalized(NormalizationForm.FormKC) ? text : SafeNormalize(text);
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

    // Lone surrogates make Normalize throw; they carry no words, so they become spaces first.
    private static string SafeNormalize(string text)
    {
        try
        {
            return text.Normalize(NormalizationForm.FormKC);
        }
        catch (ArgumentException)
        {
            var chars = text.ToCharArray();
            for (var i = 0; i < chars.Length; i++)
            {
                var pairedHigh = char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]);
                var pairedLow = char.IsLowSurrogate(chars[i]) && i > 0 && char.IsHighSurrogate(chars[i - 1]);
                if (char.IsSurrogate(chars[i]) && !pairedHigh && !pairedLow) chars[i] = ' ';
            }
            return new string(chars).Normalize(NormalizationForm.FormKC);
        }
    }
}
