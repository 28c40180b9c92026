namespace InfoSociale.Core.Orientation.Matching;

// Numbers written in words become digits, so "#" patterns read them: "j'ai soixante-douze ans" -> "j ai 72 ans",
// with the Swiss tens ("septante", "huitante", "nonante") and the French ones ("soixante-dix", "quatre-vingts").
// A lone "un"/"une" stays a word: it is far more often an article ("un enfant") than a number.
// Hand-written: the French number words of Humanizer are not served here (English resources only), and it only
// writes numbers, it does not read them.
public static class NumberWords
{
    private static readonly Dictionary<string, int> Units = new(StringComparer.Ordinal)
    {
        ["zero"] = 0, ["un"] = 1, ["une"] = 1, ["deux"] = 2, ["trois"] = 3, ["quatre"] = 4, ["cinq"] = 5, ["six"] = 6,
        ["sept"] = 7, ["huit"] = 8, ["neuf"] = 9, ["dix"] = 10, ["onze"] = 11, ["douze"] = 12, ["treize"] = 13,
        ["quatorze"] = 14, ["quinze"] = 15, ["seize"] = 16,
    };

    private static readonly Dictionary<string, int> Tens = new(StringComparer.Ordinal)
    {
        ["vingt"] = 20, ["vingts"] = 20, ["trente"] = 30, ["quarante"] = 40, ["cinquante"] = 50, ["soixante"] = 60,
        ["septante"] = 70, ["huitante"] = 80, ["octante"] = 80, ["nonante"] = 90,
    };

    public static IReadOnlyList<string> Rewrite(IReadOnlyList<string> words)
    {
        var rewritten = new List<string>(words.Count);
        for (var i = 0; i < words.Count;)
        {
            var (value, length) = ReadNumber(words, i);
            var isArticle = length == 1 && words[i] is "un" or "une";
            if (length == 0 || isArticle)
            {
                rewritten.Add(words[i]);
                i++;
                continue;
            }
            rewritten.Add(value.ToString(System.Globalization.CultureInfo.InvariantCulture));
            i += length;
        }
        return rewritten;
    }

    // The number whose words start at `start`, and how many words it takes (0 when none).
    private static (int Value, int Length) ReadNumber(IReadOnlyList<string> words, int start)
    {
        var (value, at) = (0, start);
        while (at < words.Count)
        {
            var word = words[at];
            if (Units.TryGetValue(word, out var unit)) value += unit;
            else if (word is "vingt" or "vingts" && at > start && words[at - 1] == "quatre") value += 80 - 4; // quatre-vingts
            else if (Tens.TryGetValue(word, out var ten)) value += ten;
            else if (word is "cent" or "cents") value = Math.Max(value, 1) * 100;
            // "vingt et un", "soixante et onze": "et" belongs to the number only between its words.
            else if (word == "et" && at > start && at + 1 < words.Count && words[at + 1] is "un" or "une" or "onze") { at++; continue; }
            else break;
            at++;
        }
        return (value, at - start);
    }
}
