using InfoSociale.Core.Orientation.Matching;

namespace InfoSociale.Core.Orientation.Scope;

public enum RequestKind
{
    // Asks for help without saying for what ("j'ai besoin d'aide", "je suis perdu"): offer the guided orientation.
    Vague,

    // Asks about something else than aids, rights and places (a recipe, the weather, football): say what the bot answers.
    OutOfScope,
}

// Before a question goes to the search: is it a request the search cannot serve? From analysis/demandes.txt.
// A vague request must fill the whole message but for its surrounding words ("bonjour, j'ai besoin d'aide svp");
// an out-of-scope one may sit anywhere, unless a word of a social question is there too ("recette pas chère, j'ai faim").
public sealed class RequestScope(RequestScopeLexicon lexicon)
{
    public RequestKind? Recognize(string message)
    {
        var words = SpokenForms.Rewrite(FoldedWords.Split(message), lexicon.SpokenForms);
        if (words.Count == 0) return null;
        var indexed = new MessageWords(words);
        if (IsVague(words, indexed)) return RequestKind.Vague;
        if (Any(lexicon.OutOfScope, indexed) && !Any(lexicon.InScope, indexed)) return RequestKind.OutOfScope;
        return null;
    }

    private bool IsVague(IReadOnlyList<string> words, MessageWords indexed)
    {
        foreach (var pattern in lexicon.Vague)
        {
            if (AffirmedMatch.Find(pattern, indexed) is not { } match) continue;
            var others = Enumerable.Range(0, words.Count).Except(match.Positions);
            if (others.All(i => lexicon.Surrounding.Contains(words[i]))) return true;
        }
        return false;
    }

    private static bool Any(IReadOnlyList<WordPattern> patterns, MessageWords words) =>
        patterns.Any(pattern => pattern.FindIn(words) is not null);
}

public sealed record RequestScopeLexicon(
    IReadOnlyList<WordPattern> Vague,
    IReadOnlySet<string> Surrounding,
    IReadOnlyList<WordPattern> OutOfScope,
    IReadOnlyList<WordPattern> InScope,
    IReadOnlyDictionary<string, IReadOnlyList<string>> SpokenForms);
