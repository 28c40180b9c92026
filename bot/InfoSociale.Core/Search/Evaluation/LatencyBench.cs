using System.Diagnostics;

namespace InfoSociale.Core.Search.Evaluation;

public sealed record LatencyFigures(double P50Ms, double P99Ms, double QueriesPerSecond, int Queries);

// Times searches with a Stopwatch after a warm-up. BenchmarkDotNet measures one method's mean in its own
// process; here the issue asks for tail latency (p50/p99) over a query set on a built index, so a plain
// timing loop in process is the right tool.
public static class LatencyBench
{
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(3);

    public static LatencyFigures Measure(IKnowledgeSearch search, IReadOnlyList<SearchRequest> requests, int rounds = 5)
    {
        if (requests.Count == 0) return new LatencyFigures(0, 0, 0, 0);
        // Tiered JIT compiles the final code of the search path in the background over a few seconds; a server
        // runs on that code, so the warm-up repeats the queries for WarmUp before anything is timed.
        var warming = Stopwatch.StartNew();
        do
        {
            foreach (var request in requests) search.Search(request);
        }
        while (warming.Elapsed < WarmUp);

        var samples = new List<double>(requests.Count * rounds);
        var total = Stopwatch.StartNew();
        for (var round = 0; round < rounds; round++)
        {
            foreach (var request in requests)
            {
                var start = Stopwatch.GetTimestamp();
                search.Search(request);
                samples.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
        }
        total.Stop();
        samples.Sort();
        return new LatencyFigures(
            Percentile(samples, 0.50), Percentile(samples, 0.99), samples.Count / total.Elapsed.TotalSeconds, samples.Count);
    }

    // Nearest-rank percentile of sorted samples.
    private static double Percentile(List<double> sorted, double p) =>
        sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
}
