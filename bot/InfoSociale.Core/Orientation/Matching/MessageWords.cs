namespace InfoSociale.Core.Orientation.Matching;

// A message's folded words as every lexicon pattern reads them, with the initials of the words computed once: each
// of the hundreds of patterns tried on a message first checks that its own initials are there (see WordPattern).
public sealed class MessageWords : IReadOnlyList<string>
{
    private readonly string[] _words;

    public MessageWords(IEnumerable<string> words)
    {
        _words = [.. words];
        Initials = InitialsOf(_words);
    }

    public ulong Initials { get; }

    public int Count => _words.Length;

    public string this[int index] => _words[index];

    public IEnumerator<string> GetEnumerator() => ((IEnumerable<string>)_words).GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    public static ulong InitialsOf(IEnumerable<string> words)
    {
        var initials = 0UL;
        foreach (var word in words)
            if (word.Length > 0) initials |= Initial(word);
        return initials;
    }

    // A bit per letter (shared by characters 64 apart, which only lets a pattern through to the full comparison).
    private static ulong Initial(string word) => 1UL << (word[0] & 63);
}
