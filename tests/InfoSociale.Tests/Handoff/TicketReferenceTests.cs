using InfoSociale.Core.Handoff;

namespace InfoSociale.Tests.Handoff;

public class TicketReferenceTests
{
    private static readonly string[] Territories = ["ge", "paris"];

    [Fact]
    public void A_new_reference_has_the_territory_letters_and_no_confusable_character()
    {
        var references = Enumerable.Range(0, 2000).Select(_ => TicketReference.New("ge")).ToList();

        references.Should().AllSatisfy(r => r.Should().MatchRegex("^GE-[2-9A-HJ-NP-Z]{4}$"));
        string.Concat(references.Select(r => r[3..])).Should().NotContainAny("0", "O", "1", "I");
        references.Distinct().Count().Should().BeGreaterThan(1900);
    }

    [Theory]
    [InlineData("Où en est ma demande GE-7K3F ?", "GE-7K3F")]
    [InlineData("où en est ma demande ge-7k3f", "GE-7K3F")]
    [InlineData("ma demande pa x4qm svp", "PA-X4QM")]
    [InlineData("demande PA 7K3F", "PA-7K3F")]
    [InlineData("je veux parler à une personne", null)]
    [InlineData("pa vous", null)]
    [InlineData("ma demande LY-7K3F", null)]
    [InlineData("GE-7K3O", null)]
    [InlineData("GE-7K3FF", null)]
    public void A_reference_is_found_in_what_the_resident_writes(string text, string? expected)
    {
        TicketReference.Find(text, Territories).Should().Be(expected);
    }
}
