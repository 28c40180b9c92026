namespace InfoSociale.Core.Analysis;

// The word lists of knowledge-base/analysis/, as written by staff (not yet analysed).
public sealed record AnalysisData(
    IReadOnlySet<string> Elisions,
    CodeList Codes,
    IReadOnlySet<string> StopWords,
    IReadOnlyList<WordRule> SpokenSpellings,
    IReadOnlyList<WordRule> Thesaurus,
    IReadOnlySet<string> LookupWords)
{
    public const string ElisionsFile = "elisions.txt";
    public const string CodesFile = "codes.txt";
    public const string StopWordsFile = "stopwords.txt";
    public const string SpokenFile = "spoken.txt";
    public const string ThesaurusFile = "thesaurus.txt";
    public const string LookupFile = "lookup.txt";

    public static readonly string[] Files = [ElisionsFile, CodesFile, StopWordsFile, SpokenFile, ThesaurusFile, LookupFile];

    public static AnalysisData Load(string folder) => WordListLoader.Load(folder);
}

// One line of a rule file: left-hand phrases -> right-hand phrases. For an equivalence line
// ("boulot, travail, emploi") Left and Right hold the same phrases.
public sealed record WordRule(IReadOnlyList<string> Left, IReadOnlyList<string> Right, string File, int Line)
{
    public string Where => $"{File}:{Line}";
}

public sealed class AnalysisDataException(IReadOnlyList<string> errors)
    : Exception("The analysis word lists have errors:" + Environment.NewLine + string.Join(Environment.NewLine, errors))
{
    public IReadOnlyList<string> Errors { get; } = errors;
}
