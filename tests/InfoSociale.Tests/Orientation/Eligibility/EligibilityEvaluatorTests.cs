using InfoSociale.Core.KnowledgeBase;
using InfoSociale.Core.Orientation.Eligibility;

namespace InfoSociale.Tests.Orientation.Eligibility;

public class EligibilityEvaluatorTests
{
    private static readonly Entry Office = new()
    {
        Id = "ge-str-office", Kind = EntryKind.Structure, Territory = "ge", Title = "Service des prestations complémentaires", Summary = "",
    };

    private static readonly Entry PensionSupplement = new()
    {
        Id = "ge-pc-avs", Kind = EntryKind.Prestation, Territory = "ge", Title = "Prestations complémentaires AVS", Summary = "",
        Structures = ["ge-str-office"],
        Eligibility =
        [
            new() { Fact = "age", Min = 65, Explain = "Vous avez l'âge de la retraite." },
            new() { Fact = "income", In = ["tres-bas", "bas"], Explain = "Vos revenus sont bas." },
            new() { Fact = "lives_in_territory", EqualsValue = true, Explain = "Vous habitez à Genève." },
        ],
    };

    private static readonly EligibilityEvaluator Evaluator = new(id => id == Office.Id ? Office : null);

    private static ResidentFacts Facts(params (string Fact, string Value)[] said) =>
        said.Aggregate(ResidentFacts.None, (facts, f) => facts.With(f.Fact, f.Value));

    [Theory]
    [InlineData("age=70|income=bas|lives_in_territory=oui", Likelihood.Likely)]
    [InlineData("age=65+|income=tres-bas|lives_in_territory=true", Likelihood.Likely)]
    [InlineData("age=70|income=bas", Likelihood.ToCheck)]
    [InlineData("", Likelihood.ToCheck)]
    [InlineData("age=60-70|income=bas|lives_in_territory=oui", Likelihood.ToCheck)]
    [InlineData("age=40|income=bas|lives_in_territory=oui", Likelihood.NotForYou)]
    [InlineData("age=18-24", Likelihood.NotForYou)]
    [InlineData("age=70|income=eleve|lives_in_territory=oui", Likelihood.NotForYou)]
    [InlineData("age=70|income=bas|lives_in_territory=non", Likelihood.NotForYou)]
    public void Classes_an_entry_from_what_the_resident_said(string said, Likelihood expected)
    {
        var facts = Facts(said.Split('|', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=')).Select(p => (p[0], p[1])).ToArray());

        Evaluator.Evaluate(PensionSupplement, facts).Likelihood.Should().Be(expected);
    }

    [Fact]
    public void Keeps_each_condition_with_its_outcome_and_explanation()
    {
        var verdict = Evaluator.Evaluate(PensionSupplement, Facts(("age", "70"), ("income", "moyen")));

        verdict.Met.Select(c => c.Condition.Explain).Should().Equal("Vous avez l'âge de la retraite.");
        verdict.NotMet.Select(c => c.Condition.Explain).Should().Equal("Vos revenus sont bas.");
        verdict.Unknown.Select(c => c.Condition.Explain).Should().Equal("Vous habitez à Genève.");
    }

    [Fact]
    public void Names_the_structure_to_check_with()
    {
        Evaluator.Evaluate(PensionSupplement, ResidentFacts.None).CheckWith.Should().Be("Service des prestations complémentaires");
    }

    [Fact]
    public void Never_promises_an_entry_without_conditions()
    {
        var openToAll = PensionSupplement with { Eligibility = [] };

        Evaluator.Evaluate(openToAll, Facts(("age", "70"))).Likelihood.Should().Be(Likelihood.ToCheck);
    }

    [Fact]
    public void Ranks_likely_then_to_check_then_not_for_you()
    {
        var forYoung = PensionSupplement with { Id = "young", Eligibility = [new() { Fact = "age", Max = 25, Explain = "Vous avez moins de 25 ans." }] };
        var forAll = PensionSupplement with { Id = "all", Eligibility = [] };
        var forAdults = PensionSupplement with { Id = "adults", Eligibility = [new() { Fact = "age", Min = 18, Explain = "Vous êtes majeur." }] };

        Evaluator.Rank([forYoung, forAll, forAdults], Facts(("age", "40"))).Select(v => v.Entry.Id)
            .Should().Equal("adults", "all", "young");
    }
}
