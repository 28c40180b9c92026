using InfoSociale.Core.Orientation.Matching;

namespace InfoSociale.Core.Orientation.Urgency;

// Runs on every message before anything else: is the resident (or someone near them) in an urgent situation?
// "mon fils a bu de la javel" -> empoisonnement; "je veux mourir de rire" -> nothing.
public sealed class UrgencyDetector(UrgencyLexicon lexicon)
{
    public UrgencyLexicon Lexicon => lexicon;

    // The situations found, most pressing first; empty when the message is not urgent.
    public IReadOnlyList<UrgentSituationRules> Detect(string message)
    {
        var words = SpokenForms.Rewrite(FoldedWords.Split(message), lexicon.SpokenForms);
        return lexicon.Situations
            .Where(s => s.Triggers.Any(t => AffirmedMatch.Find(t, words) is not null) && !s.FalseAlarms.Any(f => f.FindIn(words) is not null))
            .ToList();
    }
}
