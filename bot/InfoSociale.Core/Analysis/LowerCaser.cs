namespace InfoSociale.Core.Analysis;

// "Allocation" -> "allocation", "AVS" -> "avs".
public sealed class LowerCaser : ITokenFilter
{
    public IEnumerable<Token> Apply(IEnumerable<Token> tokens) =>
        tokens.Select(token => token with { Text = token.Text.ToLowerInvariant() });
}
