namespace InfoSociale.Core.Analysis;

// Savoy's light French stemmer (J. Savoy, "A stemming procedure and stopword list for general French
// corpora", JASIS 1999), with the suffix rules Lucene's FrenchLightStemmer adds. Kept here rather than
// Lucene's because Lucene's expects accented words ("ième", "ère") and residents write without accents, so the
// chain folds accents before stemming. "deuxieme" -> "deux", "etrangere" -> "etrang".
// "chevaux" -> "cheval", "logements" -> "loge", "allocations" -> "aloc", "maladie" -> "malad".
public static class FrenchLightStemmer
{
    public static string Stem(string word)
    {
        var s = word.ToCharArray();
        var len = s.Length;

        // Plurals: "chevaux" -> "cheval", "jeux" -> "jeu", "aides" -> "aide".
        if (len > 5 && s[len - 1] == 'x')
        {
            if (s[len - 3] == 'a' && s[len - 2] == 'u' && s[len - 4] != 'e') s[len - 2] = 'l';
            len--;
        }
        if (len > 3 && s[len - 1] == 'x') len--;
        if (len > 3 && s[len - 1] == 's') len--;

        // Derivational suffixes, longest families first; each either returns or falls through.
        if (len > 9 && EndsWith(s, len, "issement")) { len -= 6; s[len - 1] = 'r'; return Normalize(s, len); }
        if (len > 8 && EndsWith(s, len, "issant")) { len -= 4; s[len - 1] = 'r'; return Normalize(s, len); }
        if (len > 6 && EndsWith(s, len, "ement"))
        {
            len -= 4;
            if (len > 3 && EndsWith(s, len, "ive")) { len--; s[len - 1] = 'f'; }
            return Normalize(s, len);
        }
        if (len > 11 && EndsWith(s, len, "ficatrice")) { len -= 5; s[len - 2] = 'e'; s[len - 1] = 'r'; return Normalize(s, len); }
        if (len > 10 && EndsWith(s, len, "ficateur")) { len -= 4; s[len - 2] = 'e'; s[len - 1] = 'r'; return Normalize(s, len); }
        if (len > 9 && EndsWith(s, len, "catrice")) { len -= 3; Put(s, len, "quer"); return Normalize(s, len); }
        if (len > 8 && EndsWith(s, len, "cateur")) { len -= 2; Put(s, len, "quer"); return Normalize(s, len); }
        if (len > 8 && EndsWith(s, len, "atrice")) { len -= 4; s[len - 2] = 'e'; s[len - 1] = 'r'; return Normalize(s, len); }
        if (len > 7 && EndsWith(s, len, "ateur")) { len -= 3; s[len - 2] = 'e'; s[len - 1] = 'r'; return Normalize(s, len); }
        if (len > 6 && EndsWith(s, len, "trice")) { len--; Put(s, len, "eur"); }
        if (len > 5 && EndsWith(s, len, "ieme")) return Normalize(s, len - 4);
        if (len > 7 && EndsWith(s, len, "teuse")) { len -= 2; s[len - 1] = 'r'; return Normalize(s, len); }
        if (len > 6 && EndsWith(s, len, "teur")) { len--; s[len - 1] = 'r'; return Normalize(s, len); }
        if (len > 5 && EndsWith(s, len, "euse")) return Normalize(s, len - 2);
        if (len > 8 && EndsWith(s, len, "ere")) { len--; s[len - 2] = 'e'; return Normalize(s, len); }
        if (len > 7 && EndsWith(s, len, "ive")) { len--; s[len - 1] = 'f'; return Normalize(s, len); }
        if (len > 4 && (EndsWith(s, len, "folle") || EndsWith(s, len, "molle"))) { len -= 2; s[len - 1] = 'u'; return Normalize(s, len); }
        if (len > 9 && EndsWith(s, len, "nnelle")) return Normalize(s, len - 5);
        if (len > 9 && EndsWith(s, len, "nnel")) return Normalize(s, len - 3);
        if (len > 4 && EndsWith(s, len, "ete")) { len--; s[len - 2] = 'e'; }
        if (len > 8 && EndsWith(s, len, "ique")) len -= 4;
        if (len > 8 && EndsWith(s, len, "esse")) return Normalize(s, len - 3);
        if (len > 7 && EndsWith(s, len, "inage")) return Normalize(s, len - 3);
        if (len > 9 && EndsWith(s, len, "isation"))
        {
            len -= 7;
            if (len > 5 && EndsWith(s, len, "ual")) s[len - 2] = 'e';
            return Normalize(s, len);
        }
        if (len > 9 && EndsWith(s, len, "isateur")) return Normalize(s, len - 7);
        if (len > 8 && EndsWith(s, len, "ation")) return Normalize(s, len - 5);
        if (len > 8 && EndsWith(s, len, "ition")) return Normalize(s, len - 5);
        return Normalize(s, len);
    }

    // Savoy's final normalisation: collapse doubled letters, drop a final "ie", then a final r, e, e and
    // a doubled last letter ("allocation" -> "aloc", "maladie" -> "malad", "payer" -> "pay").
    private static string Normalize(char[] s, int len)
    {
        if (len > 4)
        {
            var kept = 1;
            for (var i = 1; i < len; i++)
                if (!(s[i] == s[kept - 1] && char.IsLetter(s[i]))) s[kept++] = s[i];
            len = kept;
        }
        if (len > 4 && EndsWith(s, len, "ie")) len -= 2;
        if (len > 4)
        {
            if (s[len - 1] == 'r') len--;
            if (s[len - 1] == 'e') len--;
            if (s[len - 1] == 'e') len--;
            if (s[len - 1] == s[len - 2] && char.IsLetter(s[len - 1])) len--;
        }
        return new string(s, 0, len);
    }

    private static bool EndsWith(char[] s, int len, string suffix) =>
        len >= suffix.Length && s.AsSpan(len - suffix.Length, suffix.Length).SequenceEqual(suffix);

    // Overwrites the last suffix.Length letters of the first len letters.
    private static void Put(char[] s, int len, string suffix) => suffix.CopyTo(s.AsSpan(len - suffix.Length));
}
