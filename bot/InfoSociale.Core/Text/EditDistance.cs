namespace InfoSociale.Core.Text;

// Optimal string alignment distance (Levenshtein plus swapped neighbours: "suicdie" -> "suicide" is 1), shared by
// typo tolerance in search, choice prompts, the urgency lexicon and the validator's "did you mean".
// Hand-written: a few lines, and no fuzzy-matching package is served here.
public static class EditDistance
{
    public static int Between(string a, string b) => Bounded(a, b, Math.Max(a.Length, b.Length));

    // Optimal-string-alignment distance, or max + 1 as soon as it must exceed max (only a band of
    // width 2*max+1 around the diagonal is computed).
    public static int Bounded(string a, string b, int max)
    {
        if (Math.Abs(a.Length - b.Length) > max) return max + 1;
        var width = b.Length + 1;
        Span<int> rows = width * 3 <= 256 ? stackalloc int[width * 3] : new int[width * 3];
        var previousPrevious = rows[..width];
        var previous = rows.Slice(width, width);
        var current = rows.Slice(2 * width, width);
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            var from = Math.Max(1, i - max);
            var to = Math.Min(b.Length, i + max);
            current[0] = i;
            if (from > 1) current[from - 1] = max + 1;
            var rowMin = current[0] <= max && from == 1 ? current[0] : max + 1;
            for (var j = from; j <= to; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    value = Math.Min(value, previousPrevious[j - 2] + 1);
                current[j] = value;
                rowMin = Math.Min(rowMin, value);
            }
            if (to < b.Length) current[to + 1] = max + 1;
            if (rowMin > max) return max + 1;
            var recycled = previousPrevious;
            previousPrevious = previous;
            previous = current;
            current = recycled;
        }
        return Math.Min(previous[b.Length], max + 1);
    }
}
