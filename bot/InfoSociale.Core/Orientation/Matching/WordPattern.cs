namespace InfoSociale.Core.Orientation.Matching;

// A short phrase to find in a message, written in folded words: "veux ... mourir", "frapp* mon enfant".
// Words must come in order. One unexpected word may sit between two pattern words ("je veux vraiment mourir");
// "..." lets up to five sit there. "word*" matches any word starting with "word". Every word allows typos (FuzzyWord).
// "#" (or "#16-25", "#65+") is a number written in digits, right after the word before it and right before the word
// after it: "j ai # ans" finds "j'ai 72 ans" but not "j'ai travaillé 20 ans" nor "j'ai 2 enfants de 5 ans".
public sealed class WordPattern
{
    private const int DefaultGap = 1;
    private const int WideGap = 5;

    private readonly IReadOnlyList<string> words;
    private readonly IReadOnlyList<int> gapsBefore;
    private readonly IReadOnlyList<NumberSlot?> slots;
    private readonly int shortestFuzzyLength;
    private readonly ulong initials;

    private WordPattern(string text, IReadOnlyList<string> words, IReadOnlyList<int> gapsBefore, IReadOnlyList<NumberSlot?> slots, int shortestFuzzyLength)
    {
        Text = text;
        this.words = words;
        this.gapsBefore = gapsBefore;
        this.slots = slots;
        this.shortestFuzzyLength = shortestFuzzyLength;
        initials = MessageWords.InitialsOf(words.Where((word, i) => slots[i] is null && word.TrimEnd('*').Length > 0));
    }

    public string Text { get; }

    public IReadOnlyList<string> Words => words;

    // "envie d'en finir" -> envie, d, en, finir; "l'" and accents are folded as in messages.
    public static WordPattern Parse(string text, int shortestFuzzyLength = 5)
    {
        var words = new List<string>();
        var gaps = new List<int>();
        var slots = new List<NumberSlot?>();
        var nextGap = DefaultGap;
        foreach (var piece in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (piece == "...") { nextGap = WideGap; continue; }
            if (NumberSlot.IsSlot(piece))
            {
                slots.Add(NumberSlot.Parse(piece));
                words.Add(piece);
                gaps.Add(0);
                nextGap = 0;
                continue;
            }
            var isPrefix = piece.EndsWith('*');
            var folded = FoldedWords.Split(isPrefix ? piece[..^1] : piece);
            for (var i = 0; i < folded.Count; i++)
            {
                words.Add(isPrefix && i == folded.Count - 1 ? folded[i] + "*" : folded[i]);
                gaps.Add(words.Count == 1 ? 0 : i == 0 ? nextGap : DefaultGap);
                slots.Add(null);
            }
            nextGap = DefaultGap;
        }
        if (words.Count == 0) throw new FormatException($"the pattern \"{text}\" has no word");
        return new WordPattern(text, words, gaps, slots, shortestFuzzyLength);
    }

    public bool HasNumber => slots.Any(slot => slot is not null);

    // The number a match found for the pattern's "#" ("72" in "j'ai 72 ans"); null when the pattern has none.
    public string? NumberIn(PatternMatch match, IReadOnlyList<string> message)
    {
        for (var i = 0; i < slots.Count; i++)
            if (slots[i] is not null) return message[match.Positions[i]];
        return null;
    }

    public PatternMatch? FindIn(IReadOnlyList<string> message)
    {
        if (!InitialsIn(message)) return null;
        for (var start = 0; start < message.Count; start++)
        {
            if (!Matches(message[start], 0)) continue;
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
            if (!Matches(message[at], wordIndex)) continue;
            positions[wordIndex] = at;
            if (MatchFrom(message, wordIndex + 1, positions)) return true;
        }
        return false;
    }

    // Every way a word matches (exact, prefix, typo) keeps its first letter, so a pattern whose words' initials are not all
    // among the message's is ruled out before any comparison: most of the lexicons' hundreds of patterns, on each message.
    private bool InitialsIn(IReadOnlyList<string> message)
    {
        var present = message is MessageWords words ? words.Initials : MessageWords.InitialsOf(message);
        return (initials & ~present) == 0;
    }

    private bool Matches(string typed, int wordIndex) =>
        slots[wordIndex] is { } slot ? slot.Accepts(typed) : FuzzyWord.Matches(typed, words[wordIndex], shortestFuzzyLength);
}

// Where each pattern word was found in the message's word list.
public sealed record PatternMatch(IReadOnlyList<int> Positions)
{
    public int Start => Positions[0];
    public int End => Positions[^1];
}
