namespace InfoSociale.Core.Search.Fts;

// Applies FrenchLightStemmer to every word except protected codes ("AVS" stays "avs").
public sealed class FrenchLightStemFilter : ITokenFilter
{
    public IEnumerable<Token> Apply(IEnumerable<Token> tokens) =>
        tokens.Select(token =>
        {
            if (token.IsProtected) return token;
            var stem = FrenchLightStemmer.Stem(token.Text);
            return stem == token.Text ? token : token with { Text = stem };
        });
}
