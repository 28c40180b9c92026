using System.Globalization;
using System.Text;

namespace InfoSociale.Core.Dialogs.Prompts;

// Pure helpers to compare what a resident typed with what the bot offered.
public static class Phrase
{
    // "Oui, d'accord !" -> "oui d accord"; "Réponse  N°2" -> "reponse n 2"
    public static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsLetterOrDigit(c)) builder.Append(char.ToLowerInvariant(c));
            else if (builder.Length > 0 && builder[^1] != ' ') builder.Append(' ');
        }
        return builder.ToString().TrimEnd().Normalize(NormalizationForm.FormC);
    }

    // True when `phrase` occurs in `text` as whole words ("oui je veux bien" holds "oui", not "ou").
    public static bool ContainsWords(string text, string phrase) =>
        phrase.Length > 0 && $" {text} ".Contains($" {phrase} ", StringComparison.Ordinal);

    // Edits (insert, delete, substitute, swap two neighbours) from one string to the other: "recomencer" -> "recommencer" is 1.
    public static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        for (var j = 1; j <= b.Length; j++)
        {
            var cost = a[i - 1] == b[j - 1] ? 0 : 1;
            d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
        }
        return d[a.Length, b.Length];
    }

    // How many typing mistakes a phrase of this length tolerates: none for short words ("oui", "aide").
    public static int TypoAllowance(string phrase) => phrase.Length switch
    {
        <= 4 => 0,
        <= 8 => 1,
        _ => 2,
    };
}
