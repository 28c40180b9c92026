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
        var words = new MessageWords(SpokenForms.Rewrite(FoldedWords.Split(message), lexicon.SpokenForms));
        var found = new List<UrgentSituationRules>();
        foreach (var situation in lexicon.Situations)
            if (AnyFound(situation.Triggers, words, affirmed: true) && !AnyFound(situation.FalseAlarms, words, affirmed: false))
                found.Add(situation);
        return found;
    }

    // An indexed loop (no LINQ, no enumerator to allocate): run on every message for every situation's patterns.
    private static bool AnyFound(IReadOnlyList<WordPattern> patterns, MessageWords words, bool affirmed)
    {
        for (var i = 0; i < patterns.Count; i++)
            if ((affirmed ? AffirmedMatch.Find(patterns[i], words) : patterns[i].FindIn(words)) is not null) return true;
        return false;
    }
}
