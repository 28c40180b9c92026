using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace InfoSociale.Core.Analysis;

// Spoken and SMS spellings -> the written words (spoken.txt): "pa" -> "pas", "chui" -> "je", "suis".
// Lucene has no filter for this: SynonymFilter stacks alternatives, here the spoken form is replaced.
// Extra written words take the next positions; codes are left alone.
public sealed class SpokenSpellingFilter : TokenFilter
{
    private readonly ICharTermAttribute term;
    private readonly IKeywordAttribute keyword;
    private readonly IPositionIncrementAttribute increment;
    private readonly IReadOnlyDictionary<string, string[]> spellings;
    private readonly Queue<string> pending = new();
    private State? state;

    public SpokenSpellingFilter(TokenStream input, IReadOnlyDictionary<string, string[]> spellings) : base(input)
    {
        term = AddAttribute<ICharTermAttribute>();
        keyword = AddAttribute<IKeywordAttribute>();
        increment = AddAttribute<IPositionIncrementAttribute>();
        this.spellings = spellings;
    }

    public override bool IncrementToken()
    {
        if (pending.Count > 0)
        {
            RestoreState(state);
            term.SetEmpty().Append(pending.Dequeue());
            increment.PositionIncrement = 1;
            return true;
        }
        if (!m_input.IncrementToken()) return false;
        if (keyword.IsKeyword || spellings.Count == 0 || !spellings.TryGetValue(term.ToString(), out var written)) return true;
        term.SetEmpty().Append(written[0]);
        for (var i = 1; i < written.Length; i++) pending.Enqueue(written[i]);
        if (pending.Count > 0) state = CaptureState();
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        pending.Clear();
        state = null;
    }
}
