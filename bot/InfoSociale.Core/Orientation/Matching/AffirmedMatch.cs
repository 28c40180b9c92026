namespace InfoSociale.Core.Orientation.Matching;

// Where a pattern is said, not denied: "je ne veux pas mourir" holds "veux ... mourir" but denies it, and
// "je ne suis pas retraité" denies "suis retraité". A negation inside the match, just before it, or "pas"/"jamais"
// just after it denies it, unless the pattern itself holds a negation ("n ai pas de travail").
public static class AffirmedMatch
{
    private static readonly HashSet<string> Negations = ["ne", "n", "pas", "plus", "jamais", "rien", "nulle"];
    private static readonly HashSet<string> NegationsAfter = ["pas", "jamais"];

    public static PatternMatch? Find(WordPattern pattern, IReadOnlyList<string> words)
    {
        var match = pattern.FindIn(words);
        if (match is null || pattern.Words.Any(Negations.Contains)) return match;
        var inside = Enumerable.Range(match.Start, match.End - match.Start + 1).Except(match.Positions);
        var denied = inside.Any(i => Negations.Contains(words[i]))
                     || (match.Start > 0 && Negations.Contains(words[match.Start - 1]))
                     || (match.End + 1 < words.Count && NegationsAfter.Contains(words[match.End + 1]));
        return denied ? null : match;
    }
}
