using System.Text.RegularExpressions;
using InfoSociale.Core.KnowledgeBase;

namespace InfoSociale.Core.Search.Evaluation;

// A large knowledge base made from the demo entries, for the benchmark: entry i copies demo entry
// i mod n (same territory, title, keywords, summary) and gets a body of the demo body plus words
// drawn from the demo vocabulary with a skewed (Zipf-like) distribution. Same demo entries and count
// -> same synthetic entries.
public static partial class SyntheticKnowledgeBase
{
    private const int Seed = 20261121;
    private const int ExtraBodyWords = 40;

    public static IReadOnlyList<Entry> Generate(IReadOnlyList<Entry> demo, int count)
    {
        if (demo.Count == 0) throw new ArgumentException("the demo knowledge base has no entry", nameof(demo));
        var ordered = demo.OrderBy(entry => entry.Id, StringComparer.Ordinal).ToList();
        var vocabulary = ordered
            .SelectMany(entry => Word().Matches(entry.Title + " " + entry.Summary + " " + entry.Body).Select(match => match.Value.ToLowerInvariant()))
            .GroupBy(word => word)
            .OrderByDescending(group => group.Count())
            .ThenBy(group => group.Key, StringComparer.Ordinal)
            .Select(group => group.Key)
            .ToArray();
        var random = new Random(Seed);
        var entries = new List<Entry>(count);
        for (var i = 0; i < count; i++)
        {
            var source = ordered[i % ordered.Count];
            var extra = new string[ExtraBodyWords];
            for (var w = 0; w < extra.Length; w++)
            {
                // u^2 favours the most frequent words, as natural text does.
                var u = random.NextDouble();
                extra[w] = vocabulary[(int)(u * u * vocabulary.Length)];
            }
            entries.Add(source with { Id = $"{source.Id}-syn{i:D6}", Body = source.Body + Environment.NewLine + string.Join(' ', extra) });
        }
        return entries;
    }

    [GeneratedRegex(@"\p{L}{3,}")]
    private static partial Regex Word();
}
