using InfoSociale.Core.Orientation.Matching;

namespace InfoSociale.Core.Orientation.Urgency;

// Runs on every message before anything else: is the resident (or someone near them) in an urgent situation?
// "mon fils a bu de la javel" -> empoisonnement; "je veux mourir de rire" -> nothing.
public sealed class UrgencyDetector(UrgencyLexicon lexicon)
{
    private static readonly HashSet<string> Negations = ["ne", "n", "pas", "plus", "jamais", "rien", "nulle"];
    private static readonly HashSet<string> NegationsAfter = ["pas", "jamais"];

    public UrgencyLexicon Lexicon => lexicon;

    // The situations found, most pressing first; empty when the message is not urgent.
    public IReadOnlyList<UrgentSituationRules> Detect(string message)
    {
        var words = Rewrite(FoldedWords.Split(message));
        return lexicon.Situations
            .Where(s => s.Triggers.Any(t => IsAffirmed(t, words)) && !s.FalseAlarms.Any(f => f.FindIn(words) is not null))
            .ToList();
    }

    private IReadOnlyList<string> Rewrite(IReadOnlyList<string> words) =>
        words.SelectMany(w => lexicon.SpokenForms.TryGetValue(w, out var written) ? written : [w]).ToList();

    // "je ne veux pas mourir" holds "veux ... mourir" but denies it.
    private static bool IsAffirmed(WordPattern pattern, IReadOnlyList<string> words)
    {
        var match = pattern.FindIn(words);
        if (match is null) return false;
        if (pattern.Words.Any(Negations.Contains)) return true;
        var inside = Enumerable.Range(match.Start, match.End - match.Start + 1).Except(match.Positions);
        var denied = inside.Any(i => Negations.Contains(words[i]))
                     || (match.Start > 0 && Negations.Contains(words[match.Start - 1]))
                     || (match.End + 1 < words.Count && NegationsAfter.Contains(words[match.End + 1]));
        return !denied;
    }
}
