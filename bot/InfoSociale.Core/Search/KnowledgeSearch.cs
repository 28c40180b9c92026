using InfoSociale.Core.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;

namespace InfoSociale.Core.Search;

// Searches the Lucene index folder written by SearchIndexBuilder, read-only. Thread-safe.
//  1. Analyse the question (cut at QueryPlan limits) into groups of alternative terms.
//  2. Ask Lucene for the territory's best candidates: BM25 per field with the field weights, each
//     alternative boosted by its weight (a typo guess or a thesaurus word counts less than the written word).
//  3. Re-score the candidates (RelevanceScorer: a word counts once through its best alternative), apply the
//     optional public/theme boosts.
//  4. No answer when the best entry covers the question too weakly (NoAnswerRule).
// Near-real-time: a SearcherManager holds the latest committed version; every second it checks for a newer
// commit (a `kb build` run meanwhile) and switches to it for the next searches.
public sealed class KnowledgeSearch : IKnowledgeSearch, IDisposable
{
    private const int CandidateLimit = 50;
    private const double PublicBoost = 0.10;
    private const double ThemeBoost = 0.15;
    private static readonly TimeSpan RefreshEvery = TimeSpan.FromSeconds(1);

    // A question describes a need: the prestation, droit or urgence answers it and names its structures,
    // so a structure (which repeats the same words) ranks first only when it matches clearly better.
    private const double StructurePrior = 0.8;

    // Unless the question asks where an organisation is or how to reach it ("adresse de la Caritas"): then a
    // structure whose title holds a word of the question is the one named, and comes first.
    private const double NamedStructureBoost = 2.0;

    // On a large territory, a term in more than this share of its entries is left out of the Lucene query (it
    // would make Lucene score most entries) but still counts in the re-scoring, unless every term is that common.
    // A small territory keeps every term: scoring all its entries costs little and finds the best candidates.
    private const double CommonTermShare = 0.25;
    private const int LargeTerritory = 20_000;

    private readonly FSDirectory directory;
    private readonly SearcherManager manager;
    private readonly Timer refresher;

    private KnowledgeSearch(FSDirectory directory, FrenchAnalyzer analyzer)
    {
        this.directory = directory;
        manager = new SearcherManager(directory, new SnapshotFactory(analyzer));
        refresher = new Timer(_ => RefreshQuietly(), null, RefreshEvery, RefreshEvery);
    }

    public NoAnswerRule NoAnswer { get; init; } = NoAnswerRule.Default;

    public static KnowledgeSearch Open(string indexFolder, FrenchAnalyzer analyzer)
    {
        if (!System.IO.Directory.Exists(indexFolder)) throw new SearchIndexException($"The search index {indexFolder} does not exist; run `kb build`.");
        var directory = FSDirectory.Open(indexFolder);
        try
        {
            if (!DirectoryReader.IndexExists(directory)) throw new SearchIndexException($"The search index {indexFolder} holds no index; run `kb build`.");
            return new KnowledgeSearch(directory, analyzer);
        }
        catch (Exception exception) when (exception is not SearchIndexException)
        {
            directory.Dispose();
            throw new SearchIndexException($"The search index {indexFolder} cannot be read ({exception.Message}); run `kb build`.");
        }
        catch
        {
            directory.Dispose();
            throw;
        }
    }

    public IReadOnlyList<string> Territories => WithSnapshot(snapshot => snapshot.Territories.Keys.Order(StringComparer.Ordinal).ToList());

    // Switches to the latest commit now (the server does it every second anyway); true when it changed.
    public bool Refresh()
    {
        var before = WithSnapshot(snapshot => snapshot);
        manager.MaybeRefreshBlocking();
        return !ReferenceEquals(before, WithSnapshot(snapshot => snapshot));
    }

    public IReadOnlyList<SearchHit> Search(SearchRequest request)
    {
        var top = Math.Clamp(request.Top, 1, 50);
        return WithSnapshot(snapshot =>
        {
            var ranked = Rank(snapshot, request);
            if (ranked.Count == 0 || !NoAnswer.Answers(ranked[0])) return [];
            return ranked
                .Where(scored => NoAnswer.Keeps(scored, ranked[0]))
                .Take(top)
                .Select(scored => ToHit(snapshot, scored))
                .ToList();
        });
    }

    // Why the engine answers or not, for staff tuning the word lists and the no-answer rule
    // (`search --explain`): the best candidates with their quality, before the no-answer rule.
    public IReadOnlyList<CandidateExplanation> Explain(SearchRequest request) =>
        WithSnapshot(snapshot => Rank(snapshot, request)
            .Take(Math.Clamp(request.Top, 1, 50))
            .Select(scored => new CandidateExplanation(
                scored.Candidate.Id, Math.Round(scored.Score, 4), Math.Round(scored.Quality, 3), scored.Headline, NoAnswer.Answers(scored)))
            .ToList());

    // The analysed question, for the CLI and tests.
    public QueryPlan Plan(string? query) => WithSnapshot(snapshot => QueryPlan.Of(query, snapshot.QueryAnalyzer));

    private static List<ScoredCandidate> Rank(IndexSnapshot snapshot, SearchRequest request)
    {
        if (!snapshot.Territories.TryGetValue(request.Territory ?? "", out var statistics)) return [];
        var plan = QueryPlan.Of(request.Query, snapshot.QueryAnalyzer);
        if (plan.Groups.Count == 0) return [];
        var prepared = RelevanceScorer.Prepare(plan, statistics);
        var query = LuceneQuery(prepared, statistics);
        if (query.Clauses.Count == 0) return [];
        var lookupTerms = snapshot.QueryAnalyzer.LookupTerms;
        var names = plan.Groups.Any(group => lookupTerms.Contains(group.Terms[0].Text))
            ? plan.Groups.Select(group => " " + group.Terms[0].Text + " ").Where(term => !lookupTerms.Contains(term.Trim())).ToList()
            : [];
        return snapshot.Candidates(query, statistics.Territory, CandidateLimit)
            .Select(candidate => RelevanceScorer.Score(candidate, prepared))
            .Select(scored => scored with { Score = scored.Score * Boost(scored.Candidate, request, names) })
            .OrderByDescending(scored => scored.Score)
            .ThenBy(scored => scored.Candidate.Id, StringComparer.Ordinal)
            .ToList();
    }

    // Any term in any of its fields, each clause boosted by field weight x term weight; terms no entry of the
    // territory holds are left out (PreparedQuery keeps only known ones), and so are very common ones.
    private static BooleanQuery LuceneQuery(RelevanceScorer.PreparedQuery prepared, TerritoryStatistics statistics)
    {
        var query = new BooleanQuery(disableCoord: true);
        var terms = prepared.Groups.SelectMany(group => group.Terms).DistinctBy(term => term.Text).ToList();
        if (terms.Count == 0) return query;
        var rarest = terms.Min(term => statistics.DocumentsWith(term.Text));
        var commonAbove = statistics.Documents <= LargeTerritory ? int.MaxValue : Math.Max(rarest, CommonTermShare * statistics.Documents);
        foreach (var term in terms.Where(term => statistics.DocumentsWith(term.Text) <= commonAbove))
        {
            for (var f = 0; f < term.Fields; f++)
            {
                query.Add(new TermQuery(new Term(IndexFields.Weighted[f], term.Text)) { Boost = (float)(IndexFields.FieldWeights[f] * term.Weight) },
                    Occur.SHOULD);
            }
        }
        return query;
    }

    // names: the padded words of a question that asks for an organisation's address ("caritas"), else empty.
    private static double Boost(Candidate candidate, SearchRequest request, List<string> names) =>
        (candidate.Kind != "structure" ? 1 : names.Any(name => candidate.Fields[0].Contains(name, StringComparison.Ordinal)) ? NamedStructureBoost : StructurePrior)
        * (Shares(request.Publics, candidate.Publics) ? 1 + PublicBoost : 1)
        * (Shares(request.Themes, candidate.Themes) ? 1 + ThemeBoost : 1);

    // A few codes on each side, for every candidate of every search: loops, not Intersect (which builds a set each time).
    private static bool Shares(IReadOnlyList<string> wanted, string[] codes)
    {
        for (var i = 0; i < wanted.Count; i++)
            if (Array.IndexOf(codes, wanted[i]) >= 0) return true;
        return false;
    }

    private static SearchHit ToHit(IndexSnapshot snapshot, ScoredCandidate scored)
    {
        var text = snapshot.TextOf(scored.Candidate.Doc);
        var matchedTerms = scored.MatchedGroups.SelectMany(group => group.Terms).Select(term => term.Text).ToHashSet(StringComparer.Ordinal);
        var summaryMatches = matchedTerms.Any(term =>
            scored.Candidate.Fields[IndexFields.SummaryField].Contains(" " + term + " ", StringComparison.Ordinal));
        return new SearchHit(
            scored.Candidate.Id,
            Math.Round(scored.Score, 4),
            text.Title,
            SnippetMaker.Make(text, matchedTerms, summaryMatches),
            scored.MatchedGroups.Select(group => group.Written).Distinct().ToList());
    }

    private T WithSnapshot<T>(Func<IndexSnapshot, T> use)
    {
        var searcher = manager.Acquire();
        try
        {
            return use(((SnapshotSearcher)searcher).Snapshot);
        }
        finally
        {
            manager.Release(searcher);
        }
    }

    // A failed check (the folder being replaced, a damaged commit) keeps the current snapshot; the next tick tries again.
    private void RefreshQuietly()
    {
        try
        {
            manager.MaybeRefresh();
        }
        catch (Exception exception) when (exception is IOException or SearchIndexException or ObjectDisposedException)
        {
        }
    }

    public void Dispose()
    {
        refresher.Dispose();
        manager.Dispose();
        directory.Dispose();
    }

    // Lucene's hook for making a searcher per commit: ours carries the snapshot derived from that commit.
    private sealed class SnapshotFactory(FrenchAnalyzer analyzer) : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader) => new SnapshotSearcher(reader, analyzer);
    }

    private sealed class SnapshotSearcher : IndexSearcher
    {
        public SnapshotSearcher(IndexReader reader, FrenchAnalyzer analyzer) : base(reader)
        {
            Similarity = IndexFields.Similarity;
            Snapshot = new IndexSnapshot(this, analyzer);
        }

        public IndexSnapshot Snapshot { get; }
    }
}

public sealed record CandidateExplanation(string Id, double Score, double Quality, bool Headline, bool Answers);

public sealed class SearchIndexException(string message) : Exception(message);
