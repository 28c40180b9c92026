using System.Globalization;
using System.Text;

namespace InfoSociale.Core.Analysis;

// "hébergement" -> "hebergement", "sœur" -> "soeur". Index and query both fold, so "creche" finds
// "crèche"; the entries keep their accents for display.
public sealed class AccentFolder : ITokenFilter
{
    public IEnumerable<Token> Apply(IEnumerable<Token> tokens) =>
        tokens.Select(token => IsAscii(token.Text) ? token : token with { Text = Fold(token.Text) });

    public static string Fold(string word)
    {
        if (IsAscii(word)) return word;
        var builder = new StringBuilder(word.Length + 2);
        foreach (var c in word.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark)
                continue;
            builder.Append(c switch
            {
                'œ' => "oe",
                'Œ' => "OE",
                'æ' => "ae",
                'Æ' => "AE",
                'ß' => "ss",
                _ => c.ToString(),
            });
        }
        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    private static bool IsAscii(string word)
    {
        foreach (var c in word)
            if (c > 127) return false;
        return true;
    }
}
