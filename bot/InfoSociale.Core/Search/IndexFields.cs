using Lucene.Net.Search.Similarities;

namespace InfoSociale.Core.Search;

// The Lucene documents of the index: one per entry. The four weighted fields hold the entry's analysed
// terms (indexed for BM25, stored again for re-scoring), the display text is stored apart, "words" holds
// the folded words before stemming for typo guesses, and "in.<territory>" every term of the entry for the
// territory's statistics (in how many of its entries a term occurs).
internal static class IndexFields
{
    public const string FormatVersion = "lucene-1";

    public const string Id = "id";
    public const string Territory = "territory";
    public const string Kind = "kind";
    public const string Publics = "publics";
    public const string Themes = "themes";
    public const string Words = "words";
    public const string DisplayTitle = "display.title";
    public const string DisplaySummary = "display.summary";
    public const string DisplayBody = "display.body";

    // The weighted fields, in this order everywhere (RelevanceScorer, Candidate.Fields).
    public static readonly string[] Weighted = ["title", "keywords", "summary", "body"];
    public static readonly double[] FieldWeights = [4.0, 4.0, 2.0, 1.0];
    public const int SummaryField = 2;
    public const int BodyField = 3;

    public static string StoredTerms(int field) => "terms." + Weighted[field];

    public static string TermsIn(string territory) => "in." + territory;

    // Commit data written with each build: the format, and per territory its entry count and average field lengths.
    public const string FormatKey = "format";

    public static string DocumentsKey(string territory) => "documents." + territory;

    public static string AveragesKey(string territory) => "averages." + territory;

    // BM25 per field: titles and keyword lists are short and their length says little, so their length
    // normalisation is weaker than the body's. The same similarity writes the norms and scores the queries.
    public static Similarity Similarity { get; } = new PerField();

    private sealed class PerField : PerFieldSimilarityWrapper
    {
        private readonly BM25Similarity headline = new(k1: 1.2f, b: 0.5f);
        private readonly BM25Similarity text = new(k1: 1.2f, b: 0.75f);

        public override Similarity Get(string name) => name is "title" or "keywords" ? headline : text;
    }
}
