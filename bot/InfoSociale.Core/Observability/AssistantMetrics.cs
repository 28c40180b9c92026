using System.Diagnostics.Metrics;

namespace InfoSociale.Core.Observability;

// What the assistant answered, counted without anything the resident said: the host exports these
// (System.Diagnostics.Metrics) on /metrics. Counted where each reply is built, the one place every path goes through.
public static class AssistantMetrics
{
    public const string MeterName = "InfoSociale.Assistant";
    private static readonly Meter Meter = new(MeterName);

    public static readonly Counter<long> NoAnswers = Meter.CreateCounter<long>("no_answers", description: "Questions the knowledge base had no answer for.");
    public static readonly Counter<long> UrgentAnswers = Meter.CreateCounter<long>("urgent_answers", description: "Replies to an urgent situation (emergency numbers first).");
    public static readonly Counter<long> Handoffs = Meter.CreateCounter<long>("handoffs", description: "Times the resident was offered a person to talk to.");
}
