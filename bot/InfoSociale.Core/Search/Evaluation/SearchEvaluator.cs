namespace InfoSociale.Core.Search.Evaluation;

public sealed record EvalOutcome(EvalQuery Query, IReadOnlyList<string> ResultIds)
{
    // 1-based rank of the first expected id in the results, 0 when absent.
    public int Rank
    {
        get
        {
            for (var i = 0; i < ResultIds.Count; i++)
                if (Query.ExpectedIds.Contains(ResultIds[i])) return i + 1;
            return 0;
        }
    }

    public bool IsRight => Query.ExpectsNoAnswer ? ResultIds.Count == 0 : Rank == 1;
}

public sealed record EvalReport(IReadOnlyList<EvalOutcome> Outcomes)
{
    private IEnumerable<EvalOutcome> Answerable => Outcomes.Where(outcome => !outcome.Query.ExpectsNoAnswer);
    private IEnumerable<EvalOutcome> Unanswerable => Outcomes.Where(outcome => outcome.Query.ExpectsNoAnswer);

    public int AnswerableCount => Answerable.Count();
    public int NoAnswerCount => Unanswerable.Count();

    // Mean reciprocal rank of the first right id within the top 10.
    public double Mrr10 => Mean(Answerable.Select(outcome => outcome.Rank is > 0 and <= 10 ? 1.0 / outcome.Rank : 0));

    public double SuccessAt(int k) => Mean(Answerable.Select(outcome => outcome.Rank > 0 && outcome.Rank <= k ? 1.0 : 0));

    // Share of NONE rows that got no result.
    public double NoAnswerAccuracy => Mean(Unanswerable.Select(outcome => outcome.ResultIds.Count == 0 ? 1.0 : 0));

    public IReadOnlyList<EvalOutcome> WronglyEmpty => Answerable.Where(outcome => outcome.ResultIds.Count == 0).ToList();

    // Rows not answered right at rank 1 (NONE rows that got results included).
    public IReadOnlyList<EvalOutcome> Misses => Outcomes.Where(outcome => !outcome.IsRight).ToList();

    private static double Mean(IEnumerable<double> values)
    {
        var list = values.ToList();
        return list.Count == 0 ? 1 : list.Average();
    }
}

public static class SearchEvaluator
{
    public const int Depth = 10;

    public static EvalReport Run(IKnowledgeSearch search, IEnumerable<EvalQuery> queries) =>
        new(queries
            .Select(query => new EvalOutcome(
                query, search.Search(new SearchRequest(query.Query, query.Territory, Depth)).Select(hit => hit.Id).ToList()))
            .ToList());
}
