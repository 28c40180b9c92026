namespace InfoSociale.Core.PlainLanguage;

// Written-syllable count for French readability scores: groups of vowels, a final mute "e"/"es" not counted
// ("rue" 1, "aide" 1, "famille" 2, "allocation" 4). A heuristic: no hyphenation dictionary is served here.
public static class FrenchSyllables
{
    private const string Vowels = "aeiouyàâäéèêëîïôöùûüœæ";

    public static int Count(string word)
    {
        var w = word.ToLowerInvariant().Trim('\'', '’', '-');
        if (w.Length == 0) return 0;
        if (w.All(char.IsDigit)) return 1;
        var groups = 0;
        var inVowels = false;
        foreach (var c in w)
        {
            var isVowel = Vowels.Contains(c);
            if (isVowel && !inVowels) groups++;
            inVowels = isVowel;
        }
        var muteEnding = (w.EndsWith('e') || w.EndsWith("es")) && w.Length > 3 && groups > 1
                         && !Vowels.Contains(w[w.EndsWith('e') ? ^2 : ^3]);
        return Math.Max(1, groups - (muteEnding ? 1 : 0));
    }
}
