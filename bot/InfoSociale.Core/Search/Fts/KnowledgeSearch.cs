using System.Collections.Concurrent;
using InfoSociale.Core.Text;
using Microsoft.Data.Sqlite;

namespace InfoSociale.Core.Search.Fts;

// Searches the index file built by SearchIndexBuilder, read-only. Thread-safe.
//  1. Analyse the question (cut at QueryPlan limits) into groups of alternative terms.
//  2. Ask FTS5 for candidates of the territory's table, best bm25() first, selective phases first
//     (see Candidates). Terms found in more than a share of the entries stay out of MATCH (they would
//     make FTS5 score most rows) but still count in step 3.
//  3. Re-score the candidates (RelevanceScorer), apply the optional public/theme boosts.
//  4. No answer when the best entry covers the question too weakly (NoAnswerRule).
public sealed class KnowledgeSearch : IKnowledgeSearch, IDisposable
{
    private const double CommonTermShare = 0.25;
    private const int CandidateLimit = 30;
    private const int ScanLimit = 500;

    // A territory of at most this many entries keeps its analysed fields in memory (a few MB for a
    // city guide of a few hundred entries), so a search reads only rowids from FTS5.
    private const int InMemoryEntries = 20_000;
    private const int MaxCachedEntryTexts = 5_000;
    private const double PublicBoost = 0.10;
    private const double ThemeBoost = 0.15;

    // A question describes a need: the prestation, droit or urgence answers it and names its structures,
    // so a structure (which repeats the same words) ranks first only when it matches clearly better.
    private const double StructurePrior = 0.8;

    private readonly FrenchAnalyzer analyzer;
    private readonly TypoVocabulary vocabulary;
    private readonly IReadOnlyDictionary<string, TerritoryStatistics> territories;
    private readonly ConcurrentBag<IndexReader> readers = [];
    private readonly SemaphoreSlim readerAvailable = new(0);
    private readonly Dictionary<string, Dictionary<long, Candidate>> inMemory = new(StringComparer.Ordinal);
    private readonly BoundedCache<long, EntryText> entryTexts = new(MaxCachedEntryTexts);

    private KnowledgeSearch(FrenchAnalyzer analyzer, TypoVocabulary vocabulary, IReadOnlyDictionary<string, TerritoryStatistics> territories)
    {
        this.analyzer = analyzer;
        this.vocabulary = vocabulary;
        this.territories = territories;
    }

    public NoAnswerRule NoAnswer { get; init; } = NoAnswerRule.Default;

    public static KnowledgeSearch Open(string indexPath, FrenchAnalyzer analyzer)
    {
        if (!File.Exists(indexPath)) throw new SearchIndexException($"The search index {indexPath} does not exist; run `kb build`.");
        IndexReader? reader = null;
        KnowledgeSearch? search = null;
        try
        {
            reader = new IndexReader(indexPath);
            var format = Scalar(reader.Connection, "SELECT value FROM meta WHERE key = 'format'");
            if (format != SearchIndexSchema.FormatVersion)
                throw new SearchIndexException($"The search index {indexPath} has format {format ?? "unknown"}, expected {SearchIndexSchema.FormatVersion}; run `kb build`.");
            search = new KnowledgeSearch(analyzer, ReadVocabulary(reader.Connection), ReadTerritories(reader.Connection));
            foreach (var statistics in search.territories.Values.Where(statistics => statistics.Documents <= InMemoryEntries))
                search.inMemory[statistics.FtsTable] = reader.All(statistics.FtsTable).ToDictionary(candidate => candidate.Rowid);
            search.AddReader(reader);
            reader = null;
            // Every reader is opened now, on this file: `kb build` replaces it by a rename while a server runs, and a reader
            // opened later would read the new file against the fields and statistics loaded here. As many as cores: a
            // search is CPU work, so more readers would only wait for a core.
            for (var i = 1; i < Environment.ProcessorCount; i++) search.AddReader(new IndexReader(indexPath));
            return search;
        }
        catch (SqliteException exception)
        {
            reader?.Dispose();
            search?.Dispose();
            throw new SearchIndexException($"The search index {indexPath} cannot be read ({exception.Message}); run `kb build`.");
        }
        catch
        {
            reader?.Dispose();
            search?.Dispose();
            throw;
        }
    }

    public IReadOnlyList<string> Territories => territories.Keys.Order(StringComparer.Ordinal).ToList();

    public IReadOnlyList<SearchHit> Search(SearchRequest request)
    {
        var top = Math.Clamp(request.Top, 1, 50);
        return WithReader(reader =>
        {
            var ranked = Rank(reader, request, top);
            if (ranked.Count == 0 || !NoAnswer.Answers(ranked[0])) return [];
            return ranked
                .Where(scored => NoAnswer.Keeps(scored, ranked[0]))
                .Take(top)
                .Select(scored => ToHit(reader, scored))
                .ToList();
        });
    }

    // Why the engine answers or not, for staff tuning the word lists and the no-answer rule
    // (`search --explain`): the best candidates with their quality, before the no-answer rule.
    public IReadOnlyList<CandidateExplanation> Explain(SearchRequest request) =>
        WithReader(reader => Rank(reader, request, Math.Clamp(request.Top, 1, 50))
            .Take(Math.Clamp(request.Top, 1, 50))
            .Select(scored => new CandidateExplanation(
                scored.Candidate.Id, Math.Round(scored.Score, 4), Math.Round(scored.Quality, 3), scored.Headline, NoAnswer.Answers(scored)))
            .ToList());

    private List<ScoredCandidate> Rank(IndexReader reader, SearchRequest request, int top)
    {
        if (!territories.TryGetValue(request.Territory ?? "", out var statistics)) return [];
        var plan = Plan(request.Query);
        if (plan.Groups.Count == 0) return [];
        var prepared = RelevanceScorer.Prepare(plan, statistics);
        return Candidates(reader, plan, statistics, top)
            .Select(candidate => RelevanceScorer.Score(candidate, prepared))
            .Select(scored => scored with { Score = scored.Score * Boost(scored.Candidate, request) })
            .OrderByDescending(scored => scored.Score)
            .ThenBy(scored => scored.Candidate.Id, StringComparer.Ordinal)
            .ToList();
    }

    private void AddReader(IndexReader reader)
    {
        readers.Add(reader);
        readerAvailable.Release();
    }

    private T WithReader<T>(Func<IndexReader, T> use)
    {
        readerAvailable.Wait();
        readers.TryTake(out var reader);
        try
        {
            return use(reader!);
        }
        finally
        {
            AddReader(reader!);
        }
    }

    // The analysed question, for the CLI and tests.
    public QueryPlan Plan(string? query) => QueryPlan.From(analyzer.AnalyzeQuery(QueryPlan.Cut(query), vocabulary));

    private List<Candidate> Candidates(IndexReader reader, QueryPlan plan, TerritoryStatistics statistics, int top)
    {
        var retrievable = plan.Groups
            .Select(group => group.Terms.Select(term => term.Text).Where(term => statistics.DocumentsWith(term) > 0).ToList())
            .Where(terms => terms.Count > 0)
            .ToList();
        if (retrievable.Count == 0) return [];
        var rarest = retrievable.SelectMany(terms => terms).Min(statistics.DocumentsWith);
        var commonAbove = Math.Max(rarest, CommonTermShare * statistics.Documents);
        var selective = retrievable
            .Select(terms => terms.Where(term => statistics.DocumentsWith(term) <= commonAbove).ToList())
            .Where(terms => terms.Count > 0)
            .ToList();

        // Phases, each run only while the earlier ones found few entries: every word in the headline
        // fields (title, keywords, summary), any word there, then any word anywhere. An entry matching
        // only in its body cannot be the answer (NoAnswerRule), so it is only looked for to fill the list.
        var enough = Math.Max(top, CandidateLimit / 2);
        var anyWord = FtsMatch.AnyOf(selective.SelectMany(terms => terms).Distinct());
        var headline = SearchIndexSchema.HeadlineTableFor(statistics.FtsTable);
        var phases = new List<(string Table, string Weights, string Match, int Enough)>();
        if (selective.Count > 1) phases.Add((headline, SearchIndexSchema.HeadlineWeights, FtsMatch.AllOf(selective.Select(Strongest)), enough));
        phases.Add((headline, SearchIndexSchema.HeadlineWeights, anyWord, enough));
        phases.Add((statistics.FtsTable, SearchIndexSchema.MainWeights, anyWord, top));

        var found = new Dictionary<long, Candidate>();
        inMemory.TryGetValue(statistics.FtsTable, out var fields);
        foreach (var (table, weights, match, phaseEnough) in phases)
        {
            if (found.Count >= phaseEnough) break;
            foreach (var rowid in reader.Rowids(table, match, CandidateLimit, ScanLimit, weights))
                if (!found.ContainsKey(rowid)) found[rowid] = fields is null ? reader.Fields(statistics.FtsTable, rowid) : fields[rowid];
        }
        return found.Values.ToList();
    }

    // In the all-words phase a word stands for itself when the index knows it ("toit", not "logement"),
    // which keeps that phase cheap on large indexes; the any-word phase brings the alternatives.
    private static IEnumerable<string> Strongest(List<string> terms) => terms.Take(1);

    private static double Boost(Candidate candidate, SearchRequest request) =>
        (candidate.Kind == "structure" ? StructurePrior : 1)
        * (Shares(request.Publics, candidate.Publics) ? 1 + PublicBoost : 1)
        * (Shares(request.Themes, candidate.Themes) ? 1 + ThemeBoost : 1);

    // A few codes on each side, for every candidate of every search: loops, not Intersect (which builds a set each time).
    private static bool Shares(IReadOnlyList<string> wanted, string[] codes)
    {
        for (var i = 0; i < wanted.Count; i++)
            if (Array.IndexOf(codes, wanted[i]) >= 0) return true;
        return false;
    }

    private SearchHit ToHit(IndexReader reader, ScoredCandidate scored)
    {
        var text = EntryTextOf(reader, scored.Candidate.Rowid);
        var matchedTerms = scored.MatchedGroups.SelectMany(group => group.Terms).Select(term => term.Text).ToHashSet(StringComparer.Ordinal);
        var summaryMatches = matchedTerms.Any(term =>
            scored.Candidate.Fields[SearchIndexSchema.SummaryField].Contains(" " + term + " ", StringComparison.Ordinal));
        return new SearchHit(
            scored.Candidate.Id,
            Math.Round(scored.Score, 4),
            text.Title,
            SnippetMaker.Make(text, matchedTerms, summaryMatches),
            scored.MatchedGroups.Select(group => group.Written).Distinct().ToList());
    }

    // Entries once shown keep their prepared text, up to a bound, so the next snippet costs no analysis.
    private EntryText EntryTextOf(IndexReader reader, long rowid) =>
        entryTexts.Get(rowid, (reader, analyzer), static (id, from) =>
        {
            var (title, summary, body) = from.reader.Entry(id);
            return EntryText.From(title, summary, body, from.analyzer);
        });

    private static TypoVocabulary ReadVocabulary(SqliteConnection connection)
    {
        var words = new Dictionary<string, int>(StringComparer.Ordinal);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT word, entries FROM words";
        using var reader = command.ExecuteReader();
        while (reader.Read()) words[reader.GetString(0)] = reader.GetInt32(1);
        return new TypoVocabulary(words);
    }

    private static Dictionary<string, TerritoryStatistics> ReadTerritories(SqliteConnection connection)
    {
        var terms = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT territory, term, documents FROM terms";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var territory = reader.GetString(0);
                if (!terms.TryGetValue(territory, out var counts)) terms[territory] = counts = new Dictionary<string, int>(StringComparer.Ordinal);
                counts[reader.GetString(1)] = reader.GetInt32(2);
            }
        }
        var territories = new Dictionary<string, TerritoryStatistics>(StringComparer.Ordinal);
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT territory, fts_table, documents, title_avg, keywords_avg, summary_avg, body_avg FROM territories";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var territory = reader.GetString(0);
                territories[territory] = new TerritoryStatistics(
                    territory, reader.GetString(1), reader.GetInt32(2),
                    [reader.GetDouble(3), reader.GetDouble(4), reader.GetDouble(5), reader.GetDouble(6)],
                    terms.GetValueOrDefault(territory) ?? new Dictionary<string, int>());
            }
        }
        return territories;
    }

    private static string? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar() as string;
    }

    public void Dispose()
    {
        while (readers.TryTake(out var reader)) reader.Dispose();
        readerAvailable.Dispose();
    }
}

public sealed record CandidateExplanation(string Id, double Score, double Quality, bool Headline, bool Answers);

public sealed class SearchIndexException(string message) : Exception(message);
