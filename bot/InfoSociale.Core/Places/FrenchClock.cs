namespace InfoSociale.Core.Places;

// Times and days as a French speaker says them: "8 h 30", "17 h", "minuit", "demain", "lundi".
// Hand-written, not Humanizer: checked here, Humanizer.Core 2.14.1 (English resources only) writes French number
// words right ("soixante et onze") but TimeSpan/DateTime phrases in English ("1 hour, 30 minutes", "3 days ago"),
// French ordinals as "17ème" instead of "17e", and reads 3114 as "trois mille cent quatorze" where a French
// speaker says "trente et un quatorze"; so it is used nowhere in the orientation texts.
public static class FrenchClock
{
    private static readonly string[] DayNames = ["dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"];

    public static string Time(DateTime moment) => moment.TimeOfDay switch
    {
        { Hours: 0, Minutes: 0 } => "minuit",
        { Minutes: 0 } t => $"{t.Hours} h",
        var t => $"{t.Hours} h {t.Minutes:00}",
    };

    private static readonly string[] MonthNames =
        ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];

    public static string DayName(DateTime moment) => DayNames[(int)moment.DayOfWeek];

    // FALC: dates in full, "3 mars 2026" (the 1st is "1er").
    public static string Date(DateOnly date) => $"{(date.Day == 1 ? "1er" : date.Day.ToString())} {MonthNames[date.Month - 1]} {date.Year}";

    // How far "moment" is from "now", in whole calendar days (0 today, 1 tomorrow…). Midnight ends the day before:
    // a place that closes at 00:00 closes "à minuit", today.
    public static int DaysAhead(DateTime now, DateTime moment)
    {
        var day = moment.TimeOfDay == TimeSpan.Zero ? moment.Date.AddDays(-1) : moment.Date;
        return (day - now.Date).Days;
    }
}
