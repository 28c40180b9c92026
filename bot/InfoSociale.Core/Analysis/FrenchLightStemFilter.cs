using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace InfoSociale.Core.Analysis;

// Applies FrenchLightStemmer to every word except keywords (codes: "AVS" stays "avs"), as Lucene's
// FrenchLightStemFilter does with its own stemmer (see FrenchLightStemmer for why ours).
public sealed class FrenchLightStemFilter : TokenFilter
{
    private readonly ICharTermAttribute term;
    private readonly IKeywordAttribute keyword;

    public FrenchLightStemFilter(TokenStream input) : base(input)
    {
        term = AddAttribute<ICharTermAttribute>();
        keyword = AddAttribute<IKeywordAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken()) return false;
        if (keyword.IsKeyword) return true;
        var word = term.ToString();
        var stem = FrenchLightStemmer.Stem(word);
        if (stem != word) term.SetEmpty().Append(stem);
        return true;
    }
}
