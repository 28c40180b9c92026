namespace InfoSociale.Core.Search.Fts;

// Drops words that carry no meaning for search ("je", "de", "pour", "bonjour"); codes are kept.
public sealed class StopWordRemover(IReadOnlySet<string> stopWords) : ITokenFilter
{
    public IEnumerable<Token> Apply(IEnumerable<Token> tokens) =>
        tokens.Where(token => token.IsProtected || !stopWords.Contains(token.Text));
}
