using InfoSociale.Core.Handoff;
using InfoSociale.Core.Places;

namespace InfoSociale.Tests.Handoff;

public class NextStepTests
{
    private static Team Team(string? hours) => new()
    {
        Id = "t", Territory = "ge", Name = "T", Structure = "s", Hours = hours is null ? null : OpeningHours.Parse(hours),
    };

    [Theory]
    [InlineData("2026-11-23T10:00", "2026-11-24")] // Monday, open: today and Tuesday
    [InlineData("2026-11-23T18:00", "2026-11-25")] // Monday evening: Tuesday and Wednesday
    [InlineData("2026-11-27T16:00", "2026-11-30")] // Friday, open: Friday and Monday
    [InlineData("2026-11-28T10:00", "2026-12-01")] // Saturday: Monday and Tuesday
    public void A_callback_is_promised_within_two_of_the_team_s_working_days(string now, string by)
    {
        var step = NextStep.For(Team("Mo-Fr 08:30-12:00,13:30-17:00"), ContactWay.Phone, someoneOnline: false, DateTime.Parse(now));

        step.Should().Be(new NextStep(NextStepKind.CallbackBy, DateOnly.Parse(by)));
    }

    [Fact]
    public void Someone_online_answers_now()
    {
        NextStep.For(Team("Mo-Fr 08:30-17:00"), ContactWay.Email, someoneOnline: true, new DateTime(2026, 11, 23, 10, 0, 0)).Kind
            .Should().Be(NextStepKind.AvailableNow);
    }

    [Fact]
    public void A_team_without_hours_promises_no_date()
    {
        NextStep.For(Team(null), ContactWay.Phone, someoneOnline: false, new DateTime(2026, 11, 23, 10, 0, 0)).Kind
            .Should().Be(NextStepKind.AsSoonAsPossible);
    }

    [Fact]
    public void A_resident_who_will_come_to_the_permanence_is_told_so()
    {
        NextStep.For(Team("Mo-Fr 08:30-17:00"), ContactWay.Permanence, someoneOnline: true, new DateTime(2026, 11, 23, 10, 0, 0)).Kind
            .Should().Be(NextStepKind.Permanence);
    }
}
