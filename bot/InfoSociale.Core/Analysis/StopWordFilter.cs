using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;

namespace InfoSociale.Core.Analysis;

// Drops words that carry no meaning for search ("je", "de", "pour", "bonjour"). Lucene's StopFilter
// would also drop codes that are stop words once lower-cased (the rente "AI" is "ai", as in "j'ai"), so
// this one keeps keywords.
public sealed class StopWordFilter : FilteringTokenFilter
{
    private readonly ICharTermAttribute term;
    private readonly IKeywordAttribute keyword;
    private readonly CharArraySet stopWords;

    public StopWordFilter(TokenStream input, CharArraySet stopWords) : base(FrenchAnalyzer.Version, input)
    {
        term = AddAttribute<ICharTermAttribute>();
        keyword = AddAttribute<IKeywordAttribute>();
        this.stopWords = stopWords;
    }

    protected override bool Accept() => keyword.IsKeyword || !stopWords.Contains(term.Buffer, 0, term.Length);
}
