using System.Globalization;
using InfoSociale.Core.Analysis;
using InfoSociale.Core.Text;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace InfoSociale.Core.Search;

// One committed version of the index and everything a search derives from it: the territories' statistics,
// the typo vocabulary (and so the query analyzer), small territories' candidates in memory, shown entries'
// texts. A search works on one snapshot from start to end, so a `kb build` committing meanwhile changes
// nothing it sees; the next search gets the next snapshot.
internal sealed class IndexSnapshot
{
    // A territory of at most this many entries keeps its analysed fields in memory (a few MB for a
    // city guide of a few hundred entries), so a search reads no stored field to re-score.
    private const int InMemoryEntries = 20_000;
    private const int MaxCachedEntryTexts = 5_000;

    private static readonly ISet<string> CandidateFields = new HashSet<string>(
        [IndexFields.Id, IndexFields.Kind, IndexFields.Publics, IndexFields.Themes, .. IndexFields.Weighted.Select((_, i) => IndexFields.StoredTerms(i))]);

    private static readonly ISet<string> DisplayFields = new HashSet<string>([IndexFields.DisplayTitle, IndexFields.DisplaySummary, IndexFields.DisplayBody]);

    private readonly IndexSearcher searcher;
    private readonly FrenchAnalyzer analyzer;
    private readonly Dictionary<int, Candidate>? inMemory;
    private readonly Dictionary<string, Filter> territoryFilters;
    private readonly BoundedCache<int, EntryText> entryTexts = new(MaxCachedEntryTexts);

    public IndexSnapshot(IndexSearcher searcher, FrenchAnalyzer analyzer)
    {
        this.searcher = searcher;
        this.analyzer = analyzer;
        var reader = searcher.IndexReader;
        var commit = ((DirectoryReader)reader).IndexCommit.UserData;
        var format = commit.TryGetValue(IndexFields.FormatKey, out var value) ? value : null;
        if (format != IndexFields.FormatVersion)
            throw new SearchIndexException($"The search index has format {format ?? "unknown"}, expected {IndexFields.FormatVersion}; run `kb build`.");
        Territories = commit.Keys
            .Where(key => key.StartsWith(IndexFields.DocumentsKey(""), StringComparison.Ordinal))
            .Select(key => key[IndexFields.DocumentsKey("").Length..])
            .ToDictionary(
                territory => territory,
                territory => new TerritoryStatistics(
                    territory,
                    int.Parse(commit[IndexFields.DocumentsKey(territory)], CultureInfo.InvariantCulture),
                    commit[IndexFields.AveragesKey(territory)].Split(' ').Select(number => double.Parse(number, CultureInfo.InvariantCulture)).ToArray(),
                    reader),
                StringComparer.Ordinal);
        territoryFilters = Territories.Keys.ToDictionary(
            territory => territory,
            territory => (Filter)new CachingWrapperFilter(new QueryWrapperFilter(new TermQuery(new Term(IndexFields.Territory, territory)))),
            StringComparer.Ordinal);
        QueryAnalyzer = analyzer.ForQueries(ReadVocabulary(reader));
        if (reader.NumDocs <= InMemoryEntries)
        {
            var live = MultiFields.GetLiveDocs(reader);
            inMemory = Enumerable.Range(0, reader.MaxDoc).Where(doc => live is null || live.Get(doc)).ToDictionary(doc => doc, ReadCandidate);
        }
    }

    public IReadOnlyDictionary<string, TerritoryStatistics> Territories { get; }

    public FrenchAnalyzer QueryAnalyzer { get; }

    // The best `limit` entries of the territory for the query by Lucene's BM25 (per-field boosts), best first.
    public List<Candidate> Candidates(Query query, string territory, int limit) =>
        searcher.Search(query, territoryFilters[territory], limit).ScoreDocs.Select(hit => CandidateOf(hit.Doc)).ToList();

    public Candidate CandidateOf(int doc) => inMemory is not null ? inMemory[doc] : ReadCandidate(doc);

    // Entries once shown keep their prepared text, up to a bound, so the next snippet costs no analysis.
    public EntryText TextOf(int doc) =>
        entryTexts.Get(doc, this, static (doc, snapshot) =>
        {
            var stored = snapshot.searcher.Doc(doc, DisplayFields);
            return EntryText.From(stored.Get(IndexFields.DisplayTitle), stored.Get(IndexFields.DisplaySummary), stored.Get(IndexFields.DisplayBody), snapshot.analyzer);
        });

    private Candidate ReadCandidate(int doc)
    {
        var stored = searcher.Doc(doc, CandidateFields);
        return new Candidate(
            doc,
            stored.Get(IndexFields.Id),
            stored.Get(IndexFields.Kind),
            Split(stored.Get(IndexFields.Publics)),
            Split(stored.Get(IndexFields.Themes)),
            IndexFields.Weighted.Select((_, i) => stored.Get(IndexFields.StoredTerms(i))).ToArray());
    }

    // The folded words of the entries with how many entries use each, read from the index's terms.
    private static TypoVocabulary ReadVocabulary(IndexReader reader)
    {
        var words = new Dictionary<string, int>(StringComparer.Ordinal);
        var terms = MultiFields.GetTerms(reader, IndexFields.Words);
        if (terms is null) return TypoVocabulary.Empty;
        var iterator = terms.GetEnumerator();
        while (iterator.MoveNext()) words[iterator.Term.Utf8ToString()] = iterator.DocFreq;
        return new TypoVocabulary(words);
    }

    private static string[] Split(string? value) => (value ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
