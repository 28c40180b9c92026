namespace InfoSociale.Core.Search.Fts;

// "Allocation" -> "allocation", "AVS" -> "avs".
public sealed class LowerCaser : ITokenFilter
{
    public IEnumerable<Token> Apply(IEnumerable<Token> tokens) =>
        tokens.Select(token => HasUpper(token.Text) ? token with { Text = token.Text.ToLowerInvariant() } : token);

    private static bool HasUpper(string word)
    {
        foreach (var c in word)
            if (char.IsUpper(c)) return true;
        return false;
    }
}
