using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace InfoSociale.Core.Analysis;

// Marks codes and abbreviations as keywords so later steps leave them alone (the stemmer, stop words,
// spoken spellings, typo guesses): any word with a digit ("C2S", "3919", "0800"), and the listed codes.
// A code listed in lower case ("avs") is one however it is written; one listed in capitals ("AI") only
// when written in capitals, since "ai" is also a verb ("j'ai"). Runs before lower-casing for that reason.
public sealed class CodeMarkerFilter : TokenFilter
{
    private readonly ICharTermAttribute term;
    private readonly IKeywordAttribute keyword;
    private readonly CodeList codes;

    public CodeMarkerFilter(TokenStream input, CodeList codes) : base(input)
    {
        term = AddAttribute<ICharTermAttribute>();
        keyword = AddAttribute<IKeywordAttribute>();
        this.codes = codes;
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken()) return false;
        if (codes.IsCode(term.ToString())) keyword.IsKeyword = true;
        return true;
    }
}

public sealed record CodeList(IReadOnlySet<string> AnyCase, IReadOnlySet<string> CapitalsOnly)
{
    private readonly HashSet<string> anyCase = new(AnyCase, StringComparer.OrdinalIgnoreCase);

    public bool IsCode(string word) => HasDigit(word) || anyCase.Contains(word) || CapitalsOnly.Contains(word);

    private static bool HasDigit(string word)
    {
        foreach (var c in word)
            if (char.IsDigit(c)) return true;
        return false;
    }
}
