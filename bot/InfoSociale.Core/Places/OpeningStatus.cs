namespace InfoSociale.Core.Places;

public enum OpeningState { AlwaysOpen, OpenUntil, ClosedUntil, ClosedForNow }

// Whether a place is open at a given moment and when that changes, in the place's own wall-clock time.
// Change is null for AlwaysOpen and ClosedForNow (nothing changes within the evaluator's horizon).
public sealed record OpeningStatus(OpeningState State, DateTime LocalNow, DateTime? Change)
{
    public static OpeningStatus At(OpeningHours hours, DateTime localNow)
    {
        var open = hours.IsOpen(localNow);
        var change = hours.NextChange(localNow);
        var state = (open, change) switch
        {
            (true, null) => OpeningState.AlwaysOpen,
            (true, _) => OpeningState.OpenUntil,
            (false, null) => OpeningState.ClosedForNow,
            (false, _) => OpeningState.ClosedUntil,
        };
        return new OpeningStatus(state, localNow, change);
    }

    // The territory's time zone decides what "now" is for the place: a kiosk in Geneva and a server in UTC agree.
    public static OpeningStatus Now(OpeningHours hours, TimeProvider clock, string timeZoneId)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(timeZoneId);
        return At(hours, TimeZoneInfo.ConvertTime(clock.GetUtcNow(), zone).DateTime);
    }
}
