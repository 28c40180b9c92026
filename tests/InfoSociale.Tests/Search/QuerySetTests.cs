using InfoSociale.Core.Search;
using InfoSociale.Core.Search.Evaluation;

namespace InfoSociale.Tests.Search;

public sealed class QuerySetTests
{
    [Fact]
    public void Parses_rows_comments_and_none()
    {
        var queries = QuerySet.Parse(["# header", "", "aide logement\tge\tge-a|ge-b", "loto\tparis\tNONE"], "set.tsv");

        queries.Should().HaveCount(2);
        queries[0].Should().BeEquivalentTo(new EvalQuery("aide logement", "ge", ["ge-a", "ge-b"], 3));
        queries[1].ExpectsNoAnswer.Should().BeTrue();
    }

    private sealed class FixedSearch(Dictionary<string, string[]> answers) : IKnowledgeSearch
    {
        public IReadOnlyList<SearchHit> Search(SearchRequest request) =>
            answers[request.Query].Select(id => new SearchHit(id, 1, id, "", [])).ToList();
    }

    [Fact]
    public void Computes_mrr_success_and_no_answer_accuracy()
    {
        var search = new FixedSearch(new()
        {
            ["first"] = ["a", "x"],
            ["second"] = ["x", "b"],
            ["fourth"] = ["x", "y", "z", "d"],
            ["missing"] = [],
            ["none-right"] = [],
            ["none-wrong"] = ["x"],
        });
        var queries = QuerySet.Parse([
            "first\tge\ta", "second\tge\tb", "fourth\tge\td", "missing\tge\te", "none-right\tge\tNONE", "none-wrong\tge\tNONE",
        ], "set.tsv");

        var report = SearchEvaluator.Run(search, queries);

        report.Mrr10.Should().BeApproximately((1 + 0.5 + 0.25 + 0) / 4, 1e-9);
        report.SuccessAt(1).Should().Be(0.25);
        report.SuccessAt(3).Should().Be(0.5);
        report.SuccessAt(5).Should().Be(0.75);
        report.NoAnswerAccuracy.Should().Be(0.5);
        report.WronglyEmpty.Select(outcome => outcome.Query.Query).Should().Equal("missing");
        report.Misses.Select(outcome => outcome.Query.Query).Should().Equal("second", "fourth", "missing", "none-wrong");
    }
}
