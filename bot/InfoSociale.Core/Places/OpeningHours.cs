namespace InfoSociale.Core.Places;

// A span of one day's schedule in minutes from that day's midnight; End may pass 1440 (19:15-08:15 ends at 1935).
public readonly record struct MinuteSpan(int Start, int End);

// One rule of an opening_hours value: on the days it selects, the day's spans become Spans (empty = closed).
// Null Months or Days mean "every month" or "every day".
public sealed record OpeningRule(IReadOnlySet<int>? Months, IReadOnlySet<DayOfWeek>? Days, IReadOnlyList<MinuteSpan> Spans)
{
    public bool AppliesTo(DateOnly day) =>
        (Months is null || Months.Contains(day.Month)) && (Days is null || Days.Contains(day.DayOfWeek));
}

// OpenStreetMap opening_hours, the subset public services use (see OpeningHoursParser). Times are local wall-clock
// times of the place; the caller converts with the territory's time zone. Spans include their start minute and
// exclude their end minute: "08:30-12:00" is open at 08:30 sharp and closed at 12:00 sharp.
public sealed class OpeningHours
{
    private const int MinutesPerDay = 24 * 60;
    private const int HorizonDays = 8;

    internal OpeningHours(string source, IReadOnlyList<OpeningRule> rules)
    {
        Source = source;
        Rules = rules;
    }

    public string Source { get; }

    public IReadOnlyList<OpeningRule> Rules { get; }

    public static OpeningHours Parse(string text) => OpeningHoursParser.Parse(text);

    public static bool TryParse(string text, out OpeningHours? hours, out string? error)
    {
        try
        {
            hours = Parse(text);
            error = null;
            return true;
        }
        catch (FormatException e)
        {
            hours = null;
            error = e.Message;
            return false;
        }
    }

    public bool IsOpen(DateTime localTime)
    {
        return OpenIntervals(DateOnly.FromDateTime(localTime), 0).Any(i => i.Start <= localTime && localTime < i.End);
    }

    // The next moment, after localTime and within 8 days, when the place opens or closes; null when nothing changes
    // in that horizon (always open, or closed for the whole horizon).
    public DateTime? NextChange(DateTime localTime)
    {
        var today = DateOnly.FromDateTime(localTime);
        var horizon = today.AddDays(HorizonDays + 1).ToDateTime(TimeOnly.MinValue);
        foreach (var (start, end) in OpenIntervals(today, HorizonDays))
        {
            if (end <= localTime) continue;
            if (start > localTime) return start;
            return end >= horizon ? null : end;
        }
        return null;
    }

    // Open intervals from the day before `first` (its spill past midnight counts) to `first + extraDays`, merged.
    // Days are visited in order and each day's spans sorted, so starts never decrease and merging with the last suffices.
    private List<(DateTime Start, DateTime End)> OpenIntervals(DateOnly first, int extraDays)
    {
        var merged = new List<(DateTime Start, DateTime End)>();
        for (var day = first.AddDays(-1); day <= first.AddDays(extraDays); day = day.AddDays(1))
        {
            var midnight = day.ToDateTime(TimeOnly.MinValue);
            foreach (var span in SpansOn(day).OrderBy(s => s.Start))
            {
                var (start, end) = (midnight.AddMinutes(span.Start), midnight.AddMinutes(span.End));
                if (merged.Count > 0 && start <= merged[^1].End)
                    merged[^1] = (merged[^1].Start, end > merged[^1].End ? end : merged[^1].End);
                else
                    merged.Add((start, end));
            }
        }
        return merged;
    }

    // The last rule that selects the day decides it (later rules override earlier ones for the days they name).
    private IReadOnlyList<MinuteSpan> SpansOn(DateOnly day) => Rules.LastOrDefault(r => r.AppliesTo(day))?.Spans ?? [];

    internal static MinuteSpan WholeDay { get; } = new(0, MinutesPerDay);
}
