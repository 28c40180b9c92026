using InfoSociale.Core.Answers;
using InfoSociale.Core.Dialogs;
using InfoSociale.Core.KnowledgeBase;
using InfoSociale.Tests.TestSupport;

namespace InfoSociale.Tests.Places;

public class OpeningHoursPhraseTests
{
    private static readonly Territory Geneva = new() { Id = "ge", Name = "Genève", Country = "CH", TimeZone = "Europe/Zurich", DefaultStructure = "x" };

    private static readonly Messages Catalogue = Messages.Load();

    // Times are UTC; Geneva is UTC+1 in November. 2026-11-23 is a Monday.
    [Theory]
    [InlineData("Mo-Fr 08:30-12:00,13:30-17:00", "2026-11-23T09:00Z", "Ouvert maintenant · ferme à 12 h")]
    [InlineData("Mo-Fr 08:30-12:00,13:30-17:00", "2026-11-23T15:59Z", "Ouvert maintenant · ferme à 17 h")]
    [InlineData("Mo-Fr 08:30-12:00,13:30-17:00", "2026-11-23T16:00Z", "Fermé · ouvre demain à 8 h 30")]
    [InlineData("Mo-Fr 08:30-12:00,13:30-17:00", "2026-11-23T11:00Z", "Fermé · ouvre à 13 h 30")]
    [InlineData("Mo-Fr 08:30-12:00,13:30-17:00", "2026-11-27T16:00Z", "Fermé · ouvre lundi à 8 h 30")]
    [InlineData("Mo-Fr 08:30-12:00,13:30-17:00", "2026-11-28T10:00Z", "Fermé · ouvre lundi à 8 h 30")]
    [InlineData("Tu 08:30-12:00; Th 13:00-17:00", "2026-11-24T11:00Z", "Fermé · ouvre jeudi à 13 h")]
    [InlineData("24/7", "2026-11-23T23:00Z", "Ouvert 24 h sur 24")]
    [InlineData("Mo-Su 08:00-24:00", "2026-11-23T22:30Z", "Ouvert maintenant · ferme à minuit")]
    [InlineData("Mo-Su 19:00-08:00", "2026-11-23T22:59Z", "Ouvert maintenant · ferme demain à 8 h")]
    [InlineData("Mo-Su 19:00-08:00", "2026-11-23T23:00Z", "Ouvert maintenant · ferme à 8 h")]
    [InlineData("off", "2026-11-23T09:00Z", "Fermé en ce moment")]
    public void Says_whether_a_place_is_open_in_the_territory_s_time(string hours, string utcNow, string phrase)
    {
        var clock = new ManualClock(DateTimeOffset.Parse(utcNow));

        new OpeningHoursPhrase(Catalogue, clock).For(hours, Geneva).Should().Be(phrase);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("sometimes")]
    public void Says_nothing_rather_than_something_wrong(string? hours)
    {
        new OpeningHoursPhrase(Catalogue, new ManualClock(DateTimeOffset.UtcNow)).For(hours, Geneva).Should().BeNull();
    }
}
