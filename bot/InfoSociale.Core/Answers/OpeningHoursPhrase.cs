using InfoSociale.Core.Dialogs;
using InfoSociale.Core.KnowledgeBase;
using InfoSociale.Core.Places;

namespace InfoSociale.Core.Answers;

// "Ouvert maintenant · ferme à 17 h", "Fermé · ouvre lundi à 8 h 30", "Ouvert 24 h sur 24", computed from an
// OpenStreetMap opening_hours value at the current time of the territory. Sentences come from the catalogue (hours.*).
public sealed class OpeningHoursPhrase(Messages messages, TimeProvider clock)
{
    // Null when the hours are missing or unreadable: the card then says nothing rather than something wrong.
    public string? For(string? openingHours, Territory territory)
    {
        if (openingHours is null || !OpeningHours.TryParse(openingHours, out var hours, out _)) return null;
        return Describe(OpeningStatus.Now(hours!, clock, territory.TimeZone));
    }

    public string Describe(OpeningStatus status)
    {
        if (status.Change is not { } change)
            return messages.Text(status.State == OpeningState.AlwaysOpen ? "hours.always_open" : "hours.closed");
        var time = ("time", FrenchClock.Time(change));
        var isOpen = status.State == OpeningState.OpenUntil;
        return FrenchClock.DaysAhead(status.LocalNow, change) switch
        {
            0 => messages.Text(isOpen ? "hours.open_until" : "hours.opens_today", time),
            1 => messages.Text(isOpen ? "hours.open_until_day" : "hours.opens_day", ("day", messages.Text("hours.tomorrow")), time),
            _ => messages.Text(isOpen ? "hours.open_until_day" : "hours.opens_day", ("day", FrenchClock.DayName(change)), time),
        };
    }
}
