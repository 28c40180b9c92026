namespace InfoSociale.Core.Search.Fts;

// The index file: one FTS5 table per territory (so a territory filter is a table choice and BM25
// statistics are per territory), the entries for display, term statistics for re-scoring, and the
// word list for typo tolerance.
internal static class SearchIndexSchema
{
    public const string FormatVersion = "3";

    // Weights of the indexed fields title, keywords, summary, body (in that FTS column order, after the
    // unindexed ones), for bm25() and for the re-scorer.
    public static readonly double[] FieldWeights = [4.0, 4.0, 2.0, 1.0];
    public const int SummaryField = 2;
    public const int BodyField = 3;


    public static string CreateStatements => """
        PRAGMA page_size = 4096;
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
        CREATE TABLE entries (
            rowid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, territory TEXT NOT NULL,
            title TEXT NOT NULL, summary TEXT NOT NULL, body TEXT NOT NULL);
        CREATE TABLE territories (
            territory TEXT PRIMARY KEY, fts_table TEXT NOT NULL, documents INTEGER NOT NULL,
            title_avg REAL NOT NULL, keywords_avg REAL NOT NULL, summary_avg REAL NOT NULL, body_avg REAL NOT NULL) WITHOUT ROWID;
        CREATE TABLE terms (territory TEXT NOT NULL, term TEXT NOT NULL, documents INTEGER NOT NULL,
            PRIMARY KEY (territory, term)) WITHOUT ROWID;
        CREATE TABLE words (word TEXT PRIMARY KEY, entries INTEGER NOT NULL) WITHOUT ROWID;
        """;

    // Terms are lower-case letters and digits separated by spaces, so the ascii tokenizer splits them
    // exactly as the analyzer did and never re-analyses them. The main table holds every field (and
    // their text, for re-scoring); bm25() weights: 0 for the four unindexed columns, then FieldWeights.
    public static string CreateFtsTable(string table) => $"""
        CREATE VIRTUAL TABLE {table} USING fts5(
            entry_id UNINDEXED, kind UNINDEXED, publics UNINDEXED, themes UNINDEXED,
            title, keywords, summary, body,
            tokenize = 'ascii', detail = column);
        """;

    // The headline fields again, index only (no content): their posting lists are short, so the first
    // search phases stay fast when a word is in most bodies (100,000 entries).
    public static string CreateHeadlineTable(string table) => $"""
        CREATE VIRTUAL TABLE {HeadlineTableFor(table)} USING fts5(
            title, keywords, summary, content = '', tokenize = 'ascii', detail = full);
        """;

    public static string HeadlineTableFor(string ftsTable) => ftsTable + "_headline";

    public static string MainWeights => "0, 0, 0, 0, " + Weights(FieldWeights);

    public static string HeadlineWeights => Weights(FieldWeights[..BodyField]);

    private static string Weights(IEnumerable<double> weights) =>
        string.Join(", ", weights.Select(weight => weight.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    // "paris" -> "fts_paris"; territory ids are checked by the KB loader, this keeps SQL names safe anyway.
    public static string FtsTableFor(string territory) =>
        "fts_" + new string(territory.Select(c => char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '_').ToArray());
}
