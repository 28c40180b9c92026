namespace InfoSociale.Core.Search.Fts;

// One analysed word. Tokens with the same Position come from the same word the resident wrote: the word
// itself and its alternatives (thesaurus expansions, typo corrections), which count as one query term.
public sealed record Token(string Text, int Position)
{
    // The word as written (after Unicode normalisation), for display: "Logements" -> stem "loge".
    public string Source { get; init; } = Text;

    // Codes and abbreviations (AVS, C2S, 3919): never stop-worded, stemmed or typo-corrected.
    public bool IsProtected { get; init; }

    // Added by the thesaurus or the typo step rather than written by the resident.
    public bool IsExpansion { get; init; }

    // A typo correction: a guess at the word meant ("metro" for "meteo"), weaker evidence than a word written.
    public bool IsGuess { get; init; }

    // How much a match on this token counts against a match on the written word (1).
    public double Weight { get; init; } = 1.0;
}
