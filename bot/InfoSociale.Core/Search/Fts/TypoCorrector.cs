namespace InfoSociale.Core.Search.Fts;

// Query side only. A word the index does not know gets its nearest known words as weaker alternatives:
// one edit for words of 5-8 letters, two from 9 letters, none for shorter words, codes or words with
// digits. "urgense" -> "urgence" (weight 0.7); the written word stays.
public sealed class TypoCorrector(TypoVocabulary vocabulary) : ITokenFilter
{
    public const int MaxCandidates = 2;

    public IEnumerable<Token> Apply(IEnumerable<Token> tokens)
    {
        foreach (var token in tokens)
        {
            yield return token;
            var maxDistance = AllowedEdits(token.Text);
            if (token.IsProtected || token.IsExpansion || maxDistance == 0 || vocabulary.Contains(token.Text)) continue;
            foreach (var (word, distance) in vocabulary.Nearest(token.Text, maxDistance, MaxCandidates))
                yield return token with { Text = word, IsExpansion = true, IsGuess = true, Weight = token.Weight * (distance == 1 ? 0.7 : 0.5) };
        }
    }

    public static int AllowedEdits(string word) =>
        word.Any(c => !char.IsLetter(c)) ? 0 : word.Length switch
        {
            < 5 => 0,
            <= 8 => 1,
            _ => 2,
        };
}
