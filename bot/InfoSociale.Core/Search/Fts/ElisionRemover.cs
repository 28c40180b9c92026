namespace InfoSociale.Core.Search.Fts;

// "l'aide" -> "aide", "qu'il" -> "il", "J'AI" -> "AI". Other inner apostrophes are dropped
// ("aujourd'hui" -> "aujourdhui") so that no term ever holds an apostrophe.
public sealed class ElisionRemover(IReadOnlySet<string> articles) : ITokenFilter
{
    public IEnumerable<Token> Apply(IEnumerable<Token> tokens)
    {
        foreach (var token in tokens)
        {
            var apostrophe = token.Text.IndexOf('\'');
            if (apostrophe < 0)
            {
                yield return token;
                continue;
            }
            var prefix = token.Text[..apostrophe].ToLowerInvariant();
            var text = articles.Contains(prefix) ? token.Text[(apostrophe + 1)..] : token.Text;
            yield return token with { Text = text.Replace("'", ""), Source = text };
        }
    }
}
