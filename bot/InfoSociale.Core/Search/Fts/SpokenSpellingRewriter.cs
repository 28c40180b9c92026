namespace InfoSociale.Core.Search.Fts;

// Spoken and SMS spellings to written words: "jai" -> "ai", "chui" -> "je suis", "bcp" -> "beaucoup".
// The replacement words keep the position of the word they replace.
public sealed class SpokenSpellingRewriter(IReadOnlyDictionary<string, IReadOnlyList<string>> spellings) : ITokenFilter
{
    public IEnumerable<Token> Apply(IEnumerable<Token> tokens)
    {
        foreach (var token in tokens)
        {
            if (token.IsProtected || !spellings.TryGetValue(token.Text, out var written))
            {
                yield return token;
                continue;
            }
            foreach (var word in written) yield return token with { Text = word };
        }
    }
}
