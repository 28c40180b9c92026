using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace InfoSociale.Core.Analysis;

// Query side only. A word the index does not know gets its nearest known words stacked on it as guesses:
// one edit for words of 5-8 letters, two from 9 letters, none for shorter words, codes or words with
// digits. "urgense" -> "urgense" + guess "urgence"; the written word stays. Guesses weigh less than the
// written word (QueryPlan) and SynonymFilter never expands them (it matches the first token of a position).
public sealed class TypoFilter : TokenFilter
{
    public const int MaxCandidates = 2;
    private const string OneEdit = "typo1";
    private const string TwoEdits = "typo2";

    private readonly ICharTermAttribute term;
    private readonly IKeywordAttribute keyword;
    private readonly IPositionIncrementAttribute increment;
    private readonly ITypeAttribute type;
    private readonly TypoVocabulary vocabulary;
    private readonly Queue<(string Word, int Distance)> guesses = new();
    private State? written;

    public TypoFilter(TokenStream input, TypoVocabulary vocabulary) : base(input)
    {
        term = AddAttribute<ICharTermAttribute>();
        keyword = AddAttribute<IKeywordAttribute>();
        increment = AddAttribute<IPositionIncrementAttribute>();
        type = AddAttribute<ITypeAttribute>();
        this.vocabulary = vocabulary;
    }

    public static bool IsGuess(string tokenType) => tokenType is OneEdit or TwoEdits;

    public static double Weight(string tokenType) => tokenType == OneEdit ? 0.7 : 0.5;

    public override bool IncrementToken()
    {
        if (guesses.Count > 0)
        {
            RestoreState(written);
            var (word, distance) = guesses.Dequeue();
            term.SetEmpty().Append(word);
            increment.PositionIncrement = 0;
            type.Type = distance == 1 ? OneEdit : TwoEdits;
            return true;
        }
        if (!m_input.IncrementToken()) return false;
        var text = term.ToString();
        var maxDistance = AllowedEdits(text);
        if (keyword.IsKeyword || maxDistance == 0 || vocabulary.Contains(text)) return true;
        foreach (var guess in vocabulary.Nearest(text, maxDistance, MaxCandidates)) guesses.Enqueue(guess);
        if (guesses.Count > 0) written = CaptureState();
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        guesses.Clear();
        written = null;
    }

    public static int AllowedEdits(string word) =>
        word.Any(c => !char.IsLetter(c)) ? 0 : word.Length switch
        {
            < 5 => 0,
            <= 8 => 1,
            _ => 2,
        };
}
