using InfoSociale.Core.Places;

namespace InfoSociale.Core.Handoff;

public enum NextStepKind { AvailableNow, CallbackBy, AsSoonAsPossible, Permanence }

// What happens after the ticket, from the team's hours: someone online answers now; otherwise a callback within
// 2 of the team's working days (today counts when the team is still to open or open); without hours, "as soon as possible".
public sealed record NextStep(NextStepKind Kind, DateOnly? By = null)
{
    private const int WorkingDays = 2;

    public static NextStep For(Team team, ContactWay way, bool someoneOnline, DateTime localNow)
    {
        if (way == ContactWay.Permanence) return new(NextStepKind.Permanence);
        if (someoneOnline) return new(NextStepKind.AvailableNow);
        if (team.Hours is not { } hours) return new(NextStepKind.AsSoonAsPossible);

        var days = new List<DateOnly>();
        if (hours.IsOpen(localNow)) days.Add(DateOnly.FromDateTime(localNow));
        for (var moment = localNow; days.Count < WorkingDays && hours.NextChange(moment) is { } change; moment = change)
        {
            var day = DateOnly.FromDateTime(change);
            if (hours.IsOpen(change) && !days.Contains(day)) days.Add(day);
        }
        return days.Count == WorkingDays ? new(NextStepKind.CallbackBy, days[^1]) : new(NextStepKind.AsSoonAsPossible);
    }
}
