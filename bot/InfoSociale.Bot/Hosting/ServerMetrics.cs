using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace InfoSociale.Bot.Hosting;

// What the host measures (System.Diagnostics.Metrics, exported on /metrics by prometheus-net with the assistant's
// own counters): turns and their latency per channel, failures by kind, and how long store commits take.
// Labels are channels and kinds, never conversation ids or anything a resident typed.
public static class ServerMetrics
{
    public const string MeterName = "InfoSociale.Server";
    private static readonly Meter Meter = new(MeterName);

    private static readonly Counter<long> Turns = Meter.CreateCounter<long>("turns", description: "Bot turns run, by channel.");
    private static readonly Histogram<double> TurnSeconds = Meter.CreateHistogram<double>("turn_duration", unit: "s", description: "Time the bot took for a turn, by channel.");
    private static readonly Counter<long> Errors = Meter.CreateCounter<long>("errors", description: "Failures by kind: turn (the bot threw), storage (a write failed).");
    private static readonly Histogram<double> StoreWriteSeconds = Meter.CreateHistogram<double>("store_write_duration", unit: "s", description: "Time to commit a group of Direct Line activities.");

    private static readonly Lazy<bool> Exporting = new(() =>
    {
        // Keep counters that have not moved for a while (the most prometheus-net allows): their label sets are few and fixed.
        Prometheus.Metrics.ConfigureMeterAdapter(adapter => adapter.MetricsExpireAfter = TimeSpan.FromDays(1));
        // prometheus-net starts listening to Meters at its first collection: collect once now, or what is counted
        // before the first scrape would be lost.
        Prometheus.Metrics.DefaultRegistry.CollectAndExportAsTextAsync(Stream.Null).GetAwaiter().GetResult();
        return true;
    });

    // Once per process, whatever the number of hosts (tests start many).
    public static void StartExport() => _ = Exporting.Value;

    public static void TurnRan(string channel, long startedTimestamp)
    {
        var channelTag = new KeyValuePair<string, object?>("channel", channel);
        Turns.Add(1, channelTag);
        TurnSeconds.Record(Stopwatch.GetElapsedTime(startedTimestamp).TotalSeconds, channelTag);
    }

    public static void Failed(string kind) => Errors.Add(1, new KeyValuePair<string, object?>("kind", kind));

    public static void StoreWritten(long startedTimestamp) => StoreWriteSeconds.Record(Stopwatch.GetElapsedTime(startedTimestamp).TotalSeconds);
}
