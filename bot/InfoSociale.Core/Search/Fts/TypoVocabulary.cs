using InfoSociale.Core.Text;
namespace InfoSociale.Core.Search.Fts;

// The words the index knows (folded, before stemming), with how many entries use each, to correct
// a resident's typo towards a word that can match: "lokement" -> "logement".
public sealed class TypoVocabulary
{
    private readonly Dictionary<string, int> frequencies;
    private readonly Dictionary<int, string[]> byLength;

    public TypoVocabulary(IReadOnlyDictionary<string, int> wordFrequencies)
    {
        frequencies = new Dictionary<string, int>(wordFrequencies, StringComparer.Ordinal);
        byLength = frequencies.Keys
            .GroupBy(word => word.Length)
            .ToDictionary(group => group.Key, group => group.Order(StringComparer.Ordinal).ToArray());
    }

    public static TypoVocabulary Empty { get; } = new(new Dictionary<string, int>());

    public bool Contains(string word) => frequencies.ContainsKey(word);

    // Known words within maxDistance edits (Damerau: a swap of two letters is one edit), closest first,
    // then the most used; at most `limit`.
    public IReadOnlyList<(string Word, int Distance)> Nearest(string word, int maxDistance, int limit)
    {
        var found = new List<(string Word, int Distance)>();
        for (var length = word.Length - maxDistance; length <= word.Length + maxDistance; length++)
        {
            if (!byLength.TryGetValue(length, out var candidates)) continue;
            foreach (var candidate in candidates)
            {
                var distance = EditDistance.Bounded(word, candidate, maxDistance);
                if (distance <= maxDistance) found.Add((candidate, distance));
            }
        }
        return found
            .OrderBy(match => match.Distance)
            .ThenByDescending(match => frequencies[match.Word])
            .ThenBy(match => match.Word, StringComparer.Ordinal)
            .Take(limit)
            .ToList();
    }
}
