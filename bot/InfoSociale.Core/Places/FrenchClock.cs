namespace InfoSociale.Core.Places;

// Times and days as a French speaker says them: "8 h 30", "17 h", "minuit", "demain", "lundi".
public static class FrenchClock
{
    private static readonly string[] DayNames = ["dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"];

    public static string Time(DateTime moment) => moment.TimeOfDay switch
    {
        { Hours: 0, Minutes: 0 } => "minuit",
        { Minutes: 0 } t => $"{t.Hours} h",
        var t => $"{t.Hours} h {t.Minutes:00}",
    };

    public static string DayName(DateTime moment) => DayNames[(int)moment.DayOfWeek];

    // How far "moment" is from "now", in whole calendar days (0 today, 1 tomorrow…). Midnight ends the day before:
    // a place that closes at 00:00 closes "à minuit", today.
    public static int DaysAhead(DateTime now, DateTime moment)
    {
        var day = moment.TimeOfDay == TimeSpan.Zero ? moment.Date.AddDays(-1) : moment.Date;
        return (day - now.Date).Days;
    }
}
