namespace InfoSociale.Core.Orientation.Matching;

// A short phrase to find in a message, written in folded words: "veux ... mourir", "frapp* mon enfant".
// Words must come in order. One unexpected word may sit between two pattern words ("je veux vraiment mourir");
// "..." lets up to five sit there. "word*" matches any word starting with "word". Every word allows typos (FuzzyWord).
public sealed class WordPattern
{
    private const int DefaultGap = 1;
    private const int WideGap = 5;

    private readonly IReadOnlyList<string> words;
    private readonly IReadOnlyList<int> gapsBefore;
    private readonly int shortestFuzzyLength;

    private WordPattern(string text, IReadOnlyList<string> words, IReadOnlyList<int> gapsBefore, int shortestFuzzyLength)
    {
        Text = text;
        this.words = words;
        this.gapsBefore = gapsBefore;
        this.shortestFuzzyLength = shortestFuzzyLength;
    }

    public string Text { get; }

    public IReadOnlyList<string> Words => words;

    // "envie d'en finir" -> envie, d, en, finir; "l'" and accents are folded as in messages.
    public static WordPattern Parse(string text, int shortestFuzzyLength = 5)
    {
        var words = new List<string>();
        var gaps = new List<int>();
        var nextGap = DefaultGap;
        foreach (var piece in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (piece == "...") { nextGap = WideGap; continue; }
            var isPrefix = piece.EndsWith('*');
            var folded = FoldedWords.Split(isPrefix ? piece[..^1] : piece);
            for (var i = 0; i < folded.Count; i++)
            {
                words.Add(isPrefix && i == folded.Count - 1 ? folded[i] + "*" : folded[i]);
                gaps.Add(words.Count == 1 ? 0 : i == 0 ? nextGap : DefaultGap);
            }
            nextGap = DefaultGap;
        }
        if (words.Count == 0) throw new FormatException($"the pattern \"{text}\" has no word");
        return new WordPattern(text, words, gaps, shortestFuzzyLength);
    }

    public PatternMatch? FindIn(IReadOnlyList<string> message)
    {
        for (var start = 0; start < message.Count; start++)
        {
            if (!FuzzyWord.Matches(message[start], words[0], shortestFuzzyLength)) continue;
            var positions = new int[words.Count];
            positions[0] = start;
            if (MatchFrom(message, 1, positions)) return new PatternMatch(positions);
        }
        return null;
    }

    private bool MatchFrom(IReadOnlyList<string> message, int wordIndex, int[] positions)
    {
        if (wordIndex == words.Count) return true;
        var previous = positions[wordIndex - 1];
        var last = Math.Min(message.Count - 1, previous + 1 + gapsBefore[wordIndex]);
        for (var at = previous + 1; at <= last; at++)
        {
            if (!FuzzyWord.Matches(message[at], words[wordIndex], shortestFuzzyLength)) continue;
            positions[wordIndex] = at;
            if (MatchFrom(message, wordIndex + 1, positions)) return true;
        }
        return false;
    }
}

// Where each pattern word was found in the message's word list.
public sealed record PatternMatch(IReadOnlyList<int> Positions)
{
    public int Start => Positions[0];
    public int End => Positions[^1];
}
