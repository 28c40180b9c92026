namespace InfoSociale.Core.Orientation.Matching;

// Spoken and SMS spellings rewritten before patterns are matched: "~ chui = je suis" turns "chui retraité" into
// "je suis retraité". The "~" lines of urgences.txt and publics.txt.
public static class SpokenForms
{
    public const string LineGrammar = "expected \"~ <spoken word> = <written words>\"";

    // Reads one "~ spoken = written" line into forms; false when the line is malformed (the caller names the line).
    public static bool TryAdd(string line, IDictionary<string, IReadOnlyList<string>> forms)
    {
        var sides = line.TrimStart('~').Split('=', 2);
        var spoken = sides[0].Trim();
        if (sides.Length != 2 || spoken.Length == 0 || spoken.Contains(' ') || sides[1].Trim().Length == 0) return false;
        forms[FoldedWords.Fold(spoken)] = FoldedWords.Split(sides[1]);
        return true;
    }

    public static IReadOnlyList<string> Rewrite(IReadOnlyList<string> words, IReadOnlyDictionary<string, IReadOnlyList<string>> forms) =>
        words.SelectMany(w => forms.TryGetValue(w, out var written) ? written : [w]).ToList();
}
