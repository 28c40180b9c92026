using System.Globalization;
using System.Text;

namespace InfoSociale.Core.Search.Fts;

// "hébergement" -> "hebergement", "sœur" -> "soeur". Index and query both fold, so "creche" finds
// "crèche"; the entries keep their accents for display.
public sealed class AccentFolder : ITokenFilter
{
    public IEnumerable<Token> Apply(IEnumerable<Token> tokens) =>
        tokens.Select(token => IsAscii(token.Text) ? token : token with { Text = Fold(token.Text) });

    // Latin-1 and Latin Extended-A letters fold through this table; anything else through Unicode
    // decomposition (slower, rare in French text).
    private static readonly Dictionary<char, string> Common = BuildCommon();

    public static string Fold(string word)
    {
        if (IsAscii(word)) return word;
        var fast = new StringBuilder(word.Length + 2);
        foreach (var c in word)
        {
            if (c < 128) fast.Append(c);
            else if (Common.TryGetValue(c, out var folded)) fast.Append(folded);
            else return Decompose(word);
        }
        return fast.ToString();
    }

    private static Dictionary<char, string> BuildCommon()
    {
        var table = new Dictionary<char, string>();
        for (var c = '\u00C0'; c <= '\u017F'; c++)
        {
            var folded = Decompose(c.ToString());
            if (folded.All(char.IsAscii)) table[c] = folded;
        }
        return table;
    }

    private static string Decompose(string word)
    {
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
