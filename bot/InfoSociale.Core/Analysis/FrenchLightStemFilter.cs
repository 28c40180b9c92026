namespace InfoSociale.Core.Analysis;

// Applies FrenchLightStemmer to every word except protected codes ("AVS" stays "avs").
public sealed class FrenchLightStemFilter : ITokenFilter
{
    public IEnumerable<Token> Apply(IEnumerable<Token> tokens) =>
        tokens.Select(token => token.IsProtected ? token : token with { Text = FrenchLightStemmer.Stem(token.Text) });
}
