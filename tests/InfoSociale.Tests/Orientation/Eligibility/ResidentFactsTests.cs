using InfoSociale.Core.KnowledgeBase;
using InfoSociale.Core.Orientation.Eligibility;

namespace InfoSociale.Tests.Orientation.Eligibility;

public class ResidentFactsTests
{
    [Theory]
    [InlineData("3", 3, 3)]
    [InlineData("18-24", 18, 24)]
    [InlineData("65+", 65, double.PositiveInfinity)]
    [InlineData(" 2.5 ", 2.5, 2.5)]
    public void Reads_numbers_and_bands(string text, double min, double max)
    {
        NumberRange.Parse(text).Should().Be(new NumberRange(min, max));
    }

    [Theory]
    [InlineData("age", "beaucoup")]
    [InlineData("age", "30-20")]
    [InlineData("household", "trio")]
    [InlineData("health_insured", "peut-être")]
    [InlineData("shoe_size", "42")]
    public void Refuses_a_value_the_fact_cannot_take(string fact, string value)
    {
        var act = () => ResidentFacts.None.With(fact, value);

        act.Should().Throw<FormatException>();
    }

    [Fact]
    public void Sets_each_known_fact_by_name()
    {
        var facts = ResidentFacts.None
            .With("age", "65+").With("lives_in_territory", "oui").With("residence_years", "2-5").With("household", "seul")
            .With("children", "2").With("work", "retraite").With("income", "bas").With("pension", "avs")
            .With("legal_status", "permis-sejour").With("health_insured", "non").With("disability", "oui");

        facts.Should().Be(new ResidentFacts
        {
            Age = new(65, double.PositiveInfinity), LivesInTerritory = true, ResidenceYears = new(2, 5), Household = "seul",
            Children = NumberRange.Exactly(2), Work = "retraite", Income = "bas", Pension = "avs",
            LegalStatus = "permis-sejour", HealthInsured = false, Disability = true,
        });
        EligibilityFacts.Types.Keys.Should().OnlyContain(fact => facts.IsKnown(fact));
    }
}
