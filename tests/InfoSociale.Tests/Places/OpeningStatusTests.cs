using InfoSociale.Core.Places;
using InfoSociale.Tests.TestSupport;

namespace InfoSociale.Tests.Places;

public class OpeningStatusTests
{
    private const string OfficeHours = "Mo-Fr 08:30-12:00,13:30-17:00";

    // 2026-11-23 is a Monday.
    [Theory]
    [InlineData(OfficeHours, "2026-11-23 10:00", OpeningState.OpenUntil, "2026-11-23 12:00")]
    [InlineData(OfficeHours, "2026-11-23 08:30", OpeningState.OpenUntil, "2026-11-23 12:00")]
    [InlineData(OfficeHours, "2026-11-23 08:29", OpeningState.ClosedUntil, "2026-11-23 08:30")]
    [InlineData(OfficeHours, "2026-11-23 12:00", OpeningState.ClosedUntil, "2026-11-23 13:30")]
    [InlineData(OfficeHours, "2026-11-23 16:59", OpeningState.OpenUntil, "2026-11-23 17:00")]
    [InlineData(OfficeHours, "2026-11-23 17:00", OpeningState.ClosedUntil, "2026-11-24 08:30")]
    [InlineData(OfficeHours, "2026-11-28 11:00", OpeningState.ClosedUntil, "2026-11-30 08:30")]
    [InlineData("24/7", "2026-11-28 03:00", OpeningState.AlwaysOpen, null)]
    [InlineData("Mo-Su 19:00-08:00", "2026-11-23 23:59", OpeningState.OpenUntil, "2026-11-24 08:00")]
    [InlineData("Mo-Su 19:00-08:00", "2026-11-24 00:00", OpeningState.OpenUntil, "2026-11-24 08:00")]
    [InlineData("Mo-Fr 08:00-24:00", "2026-11-23 23:00", OpeningState.OpenUntil, "2026-11-24 00:00")]
    [InlineData("off", "2026-11-23 10:00", OpeningState.ClosedForNow, null)]
    public void Tells_whether_a_place_is_open_and_until_when(string hours, string now, OpeningState state, string? change)
    {
        var status = OpeningStatus.At(OpeningHours.Parse(hours), DateTime.Parse(now));

        status.State.Should().Be(state);
        status.Change.Should().Be(change is null ? null : DateTime.Parse(change));
    }

    [Fact]
    public void Reads_now_in_the_territory_s_time_zone()
    {
        // 07:45 UTC on a Monday in November is 08:45 in Geneva: the office is open.
        var clock = new ManualClock(new DateTimeOffset(2026, 11, 23, 7, 45, 0, TimeSpan.Zero));

        var status = OpeningStatus.Now(OpeningHours.Parse(OfficeHours), clock, "Europe/Zurich");

        status.State.Should().Be(OpeningState.OpenUntil);
        status.LocalNow.Should().Be(new DateTime(2026, 11, 23, 8, 45, 0));
    }

    [Theory]
    [InlineData("2026-11-23 08:30", "8 h 30")]
    [InlineData("2026-11-23 17:00", "17 h")]
    [InlineData("2026-11-23 00:00", "minuit")]
    [InlineData("2026-11-23 12:05", "12 h 05")]
    public void Says_times_the_french_way(string moment, string spoken)
    {
        FrenchClock.Time(DateTime.Parse(moment)).Should().Be(spoken);
    }

    [Theory]
    [InlineData("2026-11-23 10:00", "2026-11-23 17:00", 0)]
    [InlineData("2026-11-23 23:00", "2026-11-24 00:00", 0)]
    [InlineData("2026-11-23 23:00", "2026-11-24 08:00", 1)]
    [InlineData("2026-11-28 11:00", "2026-11-30 08:30", 2)]
    public void Counts_calendar_days_ahead_with_midnight_ending_the_day(string now, string moment, int days)
    {
        FrenchClock.DaysAhead(DateTime.Parse(now), DateTime.Parse(moment)).Should().Be(days);
    }
}
