using InfoSociale.Core;
using InfoSociale.Core.Analysis;
using InfoSociale.Core.KnowledgeBase;
using InfoSociale.Core.Search;
using InfoSociale.Core.Search.Evaluation;

namespace InfoSociale.Tests.Search;

// The query sets of tests/eval/ against the real knowledge base: relevance may not fall below these floors
// (measured values at the time of writing: phrasings MRR 0.985, life situations 0.886).
public sealed class QuerySetFloorTests(QuerySetFloorTests.RealIndex index) : IClassFixture<QuerySetFloorTests.RealIndex>
{
    [Theory]
    [InlineData("search-phrasings.tsv", 0.97, 0.99)]
    [InlineData("life-situations.tsv", 0.85, 0.90)]
    public void Keeps_relevance_above_its_floor(string file, double minMrr, double minSuccessAt3)
    {
        var report = SearchEvaluator.Run(index.Search, QuerySet.Load(Path.Combine(ProjectPaths.Root, "tests", "eval", file)));

        report.Mrr10.Should().BeGreaterThanOrEqualTo(minMrr);
        report.SuccessAt(3).Should().BeGreaterThanOrEqualTo(minSuccessAt3);
        report.NoAnswerAccuracy.Should().Be(1.0);
    }

    public sealed class RealIndex : IDisposable
    {
        private readonly string folder = Directory.CreateTempSubdirectory("infosociale-floor-").FullName;

        public RealIndex()
        {
            var analyzer = FrenchAnalyzer.Load(SearchIndexArtifact.AnalysisFolder(ProjectPaths.KnowledgeBase));
            var path = Path.Combine(folder, "search-index");
            SearchIndexBuilder.Build(KnowledgeBaseLoader.Load(ProjectPaths.KnowledgeBase).Catalog.Entries, analyzer, path);
            Search = KnowledgeSearch.Open(path, analyzer);
        }

        public KnowledgeSearch Search { get; }

        public void Dispose()
        {
            Search.Dispose();
            Directory.Delete(folder, recursive: true);
        }
    }
}
