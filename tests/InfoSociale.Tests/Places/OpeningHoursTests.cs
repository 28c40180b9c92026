using System.Globalization;
using InfoSociale.Core.Places;

namespace InfoSociale.Tests.Places;

// 2026-11-23 is a Monday.
public class OpeningHoursTests
{
    private const string Office = "Mo-Fr 08:30-12:00,13:30-17:00; PH off";

    private static DateTime At(string text) => DateTime.ParseExact(text, "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    [Theory]
    [InlineData(Office, "2026-11-23 08:29", false)]
    [InlineData(Office, "2026-11-23 08:30", true)]
    [InlineData(Office, "2026-11-23 11:59", true)]
    [InlineData(Office, "2026-11-23 12:00", false)]
    [InlineData(Office, "2026-11-23 13:30", true)]
    [InlineData(Office, "2026-11-23 17:00", false)]
    [InlineData(Office, "2026-11-27 16:59", true)]
    [InlineData(Office, "2026-11-28 10:00", false)]
    [InlineData(Office, "2026-11-29 10:00", false)]
    [InlineData("24/7", "2026-11-23 00:00", true)]
    [InlineData("24/7", "2026-11-29 23:59", true)]
    [InlineData("Mo,We,Fr 09:00-12:00", "2026-11-24 10:00", false)]
    [InlineData("Mo,We,Fr 09:00-12:00", "2026-11-25 10:00", true)]
    [InlineData("Sa", "2026-11-28 00:00", true)]
    [InlineData("Sa", "2026-11-27 23:59", false)]
    [InlineData("Mo-Su 19:15-08:15", "2026-11-23 19:15", true)]
    [InlineData("Mo-Su 19:15-08:15", "2026-11-24 00:00", true)]
    [InlineData("Mo-Su 19:15-08:15", "2026-11-24 08:14", true)]
    [InlineData("Mo-Su 19:15-08:15", "2026-11-24 08:15", false)]
    [InlineData("Mo-Su 19:15-08:15", "2026-11-24 12:00", false)]
    [InlineData("Fr 22:00-02:00; Sa off", "2026-11-28 01:00", true)]
    [InlineData("Fr 22:00-02:00; Sa off", "2026-11-28 23:00", false)]
    [InlineData("Mo-Fr 08:00-18:00; We 08:00-12:00", "2026-11-25 14:00", false)]
    [InlineData("Mo-Fr 08:00-18:00; We 08:00-12:00", "2026-11-26 14:00", true)]
    [InlineData("Mo-Su 09:00-17:00; Su closed", "2026-11-29 10:00", false)]
    [InlineData("Nov-Mar Mo-Su 19:15-08:15", "2026-11-23 20:00", true)]
    [InlineData("Nov-Mar Mo-Su 19:15-08:15", "2026-06-01 20:00", false)]
    [InlineData("Mo-Fr 09:00-12:00 \"sur rendez-vous\"", "2026-11-23 09:00", true)]
    [InlineData("Su,PH off; Mo-Sa 10:00-16:00", "2026-11-29 11:00", false)]
    [InlineData("Mo - Fr 08:00 - 12:00, 13:00 - 17:00", "2026-11-24 13:00", true)]
    [InlineData("Mo - Fr 08:00 - 12:00, 13:00 - 17:00", "2026-11-24 12:30", false)]
    [InlineData("Fr-Mo 10:00-11:00", "2026-11-23 10:30", true)]
    [InlineData("Fr-Mo 10:00-11:00", "2026-11-24 10:30", false)]
    public void Says_whether_the_place_is_open(string hours, string at, bool open)
    {
        OpeningHours.Parse(hours).IsOpen(At(at)).Should().Be(open);
    }

    [Theory]
    [InlineData(Office, "2026-11-23 07:00", "2026-11-23 08:30")]
    [InlineData(Office, "2026-11-23 08:30", "2026-11-23 12:00")]
    [InlineData(Office, "2026-11-23 12:00", "2026-11-23 13:30")]
    [InlineData(Office, "2026-11-27 17:00", "2026-11-30 08:30")]
    [InlineData(Office, "2026-11-28 09:00", "2026-11-30 08:30")]
    [InlineData("Mo-Su 19:15-08:15", "2026-11-23 23:00", "2026-11-24 08:15")]
    [InlineData("Mo-Su 19:15-08:15", "2026-11-24 08:15", "2026-11-24 19:15")]
    [InlineData("Mo-Fr 08:00-12:00,12:00-18:00", "2026-11-23 09:00", "2026-11-23 18:00")]
    [InlineData("Mo-Fr 08:00-12:00; Mo-Fr 14:00-18:00", "2026-11-23 09:00", "2026-11-23 14:00")]
    [InlineData("Mo-Fr 08:00-24:00; Sa 00:00-10:00", "2026-11-27 20:00", "2026-11-28 10:00")]
    public void Finds_the_next_opening_or_closing(string hours, string at, string next)
    {
        OpeningHours.Parse(hours).NextChange(At(at)).Should().Be(At(next));
    }

    [Theory]
    [InlineData("24/7", "2026-11-23 10:00")]
    [InlineData("off", "2026-11-23 10:00")]
    [InlineData("Jan Mo 09:00-10:00", "2026-11-23 10:00")]
    public void Has_no_next_change_when_nothing_changes_within_eight_days(string hours, string at)
    {
        OpeningHours.Parse(hours).NextChange(At(at)).Should().BeNull();
    }

    [Theory]
    [InlineData("", "opening hours are empty")]
    [InlineData("Mo-Fx 08:00-12:00", "unknown weekday 'Fx' (use Mo Tu We Th Fr Sa Su) (at character 4 of 'Mo-Fx 08:00-12:00')")]
    [InlineData("Mon-Fri 08:00-12:00", "unknown month 'Mon' (weekdays are written with two letters: Mo Tu We Th Fr Sa Su) (at character 1 of 'Mon-Fri 08:00-12:00')")]
    [InlineData("Mo-Fr 08:00", "a time span needs an end, e.g. 08:30-12:00 (at character 12 of 'Mo-Fr 08:00')")]
    [InlineData("Mo-Fr 08:00-12:60", "'12:60' is not a valid time (at character 13 of 'Mo-Fr 08:00-12:60')")]
    [InlineData("Mo-Fr 18:00+", "open-ended times ('18:00+') are not supported; give an end time (at character 12 of 'Mo-Fr 18:00+')")]
    [InlineData("Mo-Fr 08:00-12:00, We 14:00-16:00", "unexpected ', We 14:00-16:00' (separate rules with ';') (at character 18 of 'Mo-Fr 08:00-12:00, We 14:00-16:00')")]
    [InlineData("Mo 08:00-12:00; Tu 9h-12h", "expected times such as 08:30-12:00, 'off' or 'open' but found '9h-12h' (at character 20 of 'Mo 08:00-12:00; Tu 9h-12h')")]
    [InlineData("Mo[1] 10:00-12:00", "nth weekday selectors such as 'Mo[1]' are not supported (at character 3 of 'Mo[1] 10:00-12:00')")]
    [InlineData("lundi 08:00-12:00", "expected weekdays, times, 'off' or '24/7' but found 'lundi 08:00-12:00' (at character 1 of 'lundi 08:00-12:00')")]
    [InlineData("Mo 10:00-10:00", "a time span cannot start and end at the same time (at character 4 of 'Mo 10:00-10:00')")]
    public void Rejects_what_it_cannot_read_with_a_precise_message(string hours, string message)
    {
        var parse = () => OpeningHours.Parse(hours);

        parse.Should().Throw<FormatException>().Which.Message.Should().Be(message);
    }

    [Fact]
    public void TryParse_returns_the_error_instead_of_throwing()
    {
        OpeningHours.TryParse("Mo-Fr 8-12", out var hours, out var error).Should().BeFalse();

        hours.Should().BeNull();
        error.Should().Be("expected times such as 08:30-12:00, 'off' or 'open' but found '8-12' (at character 7 of 'Mo-Fr 8-12')");
    }

    [Theory]
    [InlineData("PH off")]
    [InlineData("Mo-Fr 08:30-12:00; PH off")]
    [InlineData("Mo-Fr 08:30-12:00; Su,PH off")]
    public void Accepts_and_ignores_holiday_rules(string hours)
    {
        OpeningHours.TryParse(hours, out _, out var error).Should().BeTrue(error);
    }
}
