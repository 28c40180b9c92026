using InfoSociale.Core.KnowledgeBase;
using InfoSociale.Core.Orientation.Eligibility;
using InfoSociale.Core.Orientation.Ranking;

namespace InfoSociale.Tests.Orientation.Ranking;

public class NeedRankingTests
{
    private static Entry Prestation(string id, string[] publics, string[] themes, Dictionary<string, Centrality> centrality, params EligibilityCondition[] conditions) => new()
    {
        Id = id, Kind = EntryKind.Prestation, Territory = "ge", Title = id, Summary = "",
        Publics = publics, Themes = themes, Centrality = centrality, Eligibility = conditions,
    };

    private static readonly EligibilityCondition Pension = new() { Fact = "pension", In = ["avs", "ai"], Explain = "Vous avez une rente." };
    private static readonly EligibilityCondition LowIncome = new() { Fact = "income", In = ["tres-bas", "bas"], Explain = "Vos revenus sont bas." };
    private static readonly EligibilityCondition Children = new() { Fact = "children", Min = 1, Explain = "Vous avez un enfant." };
    private static readonly EligibilityCondition Working = new() { Fact = "work", In = ["salarie"], Explain = "Vous travaillez." };

    private static readonly Entry Desk = Prestation("ge-desk", ["tous"], ["argent"], new() { ["argent"] = Centrality.Desk }, LowIncome);
    private static readonly Entry SocialAid = Prestation("ge-aide", ["tous"], ["argent"], new() { ["argent"] = Centrality.Benefit }, LowIncome) with { After = ["ge-pc"] };
    private static readonly Entry PensionTopUp = Prestation("ge-pc", ["aines"], ["argent"], new() { ["argent"] = Centrality.Benefit }, Pension, LowIncome);
    private static readonly Entry FamilyTopUp = Prestation("ge-pcfam", ["familles"], ["argent", "famille"], new() { ["argent"] = Centrality.Benefit, ["famille"] = Centrality.Benefit }, Children, Working, LowIncome);
    private static readonly Entry Maternity = Prestation("ge-maternite", ["familles"], ["famille", "argent"], new() { ["famille"] = Centrality.Benefit }, Working);
    private static readonly Entry Unemployment = Prestation("ge-chomage", ["demandeurs-emploi"], ["emploi", "argent"], new() { ["emploi"] = Centrality.Benefit }, Working);
    private static readonly Entry Groceries = Prestation("ge-epicerie", ["aines", "familles"], ["alimentation", "argent"], new() { ["argent"] = Centrality.Help }, LowIncome);
    private static readonly Entry Shelter = Prestation("ge-abri", ["sans-abri"], ["logement"], new() { ["logement"] = Centrality.Benefit });

    private static readonly Entry[] All = [Desk, SocialAid, PensionTopUp, FamilyTopUp, Maternity, Unemployment, Groceries, Shelter];
    private static readonly NeedRanking Ranking = new(new EntryCatalog(All, []));

    private static ResidentFacts Facts(params (string Fact, string Value)[] said) =>
        said.Aggregate(ResidentFacts.None, (facts, f) => facts.With(f.Fact, f.Value));

    private static IReadOnlyList<string> Ids(IEnumerable<EligibilityVerdict> verdicts) => verdicts.Select(v => v.Entry.Id).ToList();

    [Fact]
    public void A_benefit_whose_conditions_hold_comes_before_a_help_and_a_general_desk()
    {
        var ranked = Ranking.Rank(All, ["argent"], ["aines"], Facts(("pension", "avs"), ("income", "bas"), ("work", "retraite"), ("children", "0")));

        Ids(ranked.Where(v => v.Likelihood == Likelihood.Likely)).Should().Equal("ge-pc", "ge-aide", "ge-epicerie", "ge-desk");
    }

    [Fact]
    public void Social_aid_comes_after_the_top_up_it_is_subsidiary_to_even_when_made_for_more_of_the_resident()
    {
        var aidForSeniorsToo = SocialAid with { Publics = ["aines", "sans-abri"] };

        var ranked = Ranking.Rank([aidForSeniorsToo, PensionTopUp], ["argent"], ["aines", "sans-abri"], Facts(("pension", "avs"), ("income", "bas")));

        Ids(ranked).Should().Equal("ge-pc", "ge-aide");
    }

    [Fact]
    public void Subsidiarity_does_not_apply_when_the_first_benefit_is_not_for_the_resident()
    {
        var ranked = Ranking.Rank([SocialAid, PensionTopUp], ["argent"], ["familles"], Facts(("pension", "aucune"), ("income", "bas")));

        ranked[0].Entry.Id.Should().Be("ge-aide");
        ranked[0].Likelihood.Should().Be(Likelihood.Likely);
    }

    [Fact]
    public void Not_for_you_keeps_only_entries_made_for_the_need_that_fail_a_condition_the_resident_stated()
    {
        var ranked = Ranking.Rank(All, ["argent"], ["aines", "familles"], Facts(("pension", "avs"), ("income", "bas"), ("work", "retraite"), ("children", "0")));

        var notForYou = Ids(ranked.Where(v => v.Likelihood == Likelihood.NotForYou));
        notForYou.Should().Equal("ge-pcfam");
        Ids(ranked).Should().NotContain(["ge-maternite", "ge-chomage", "ge-abri"], "they fail a condition but answer other needs (or none chosen)");
    }

    [Fact]
    public void Not_for_you_leaves_out_entries_made_for_another_public()
    {
        var ranked = Ranking.Rank(All, ["argent"], ["aines"], Facts(("pension", "avs"), ("income", "bas"), ("work", "retraite"), ("children", "0")));

        ranked.Should().NotContain(v => v.Likelihood == Likelihood.NotForYou);
    }

    [Fact]
    public void Not_for_you_lists_at_most_three_entries()
    {
        var benefits = Enumerable.Range(1, 5)
            .Select(i => Prestation($"ge-aide-{i}", ["tous"], ["argent"], new() { ["argent"] = Centrality.Benefit }, Children))
            .ToList();

        Ranking.Rank(benefits, ["argent"], ["tous"], Facts(("children", "0"))).Should().HaveCount(NeedRanking.NotForYouShown);
    }

    [Fact]
    public void A_benefit_to_check_is_shown_only_to_the_public_it_is_made_for()
    {
        var family = Ranking.Rank([PensionTopUp, FamilyTopUp], ["argent"], ["familles"], Facts(("children", "2"), ("work", "salarie"), ("income", "bas")));
        var senior = Ranking.Rank([PensionTopUp, FamilyTopUp], ["argent"], ["aines"], Facts(("income", "bas")));

        Ids(family).Should().Equal("ge-pcfam");
        Ids(senior).Should().Equal("ge-pc");
        senior[0].Likelihood.Should().Be(Likelihood.ToCheck);
        NeedRanking.IsStrongCandidate(senior[0], ["argent"]).Should().BeTrue();
    }

    [Fact]
    public void An_entry_without_conditions_made_for_the_resident_is_likely_and_comes_first_for_them()
    {
        var ranked = Ranking.Rank([Shelter], ["logement"], ["sans-abri"], ResidentFacts.None);

        ranked.Should().ContainSingle().Which.Likelihood.Should().Be(Likelihood.Likely);
        Ranking.Rank([Shelter], ["logement"], ["familles"], ResidentFacts.None).Should().BeEmpty();
    }

    [Fact]
    public void Free_text_results_put_the_entry_whose_stated_conditions_hold_first_and_keep_search_order_otherwise()
    {
        string[] found = ["ge-desk", "ge-aide", "ge-pc", "ge-inconnue", "ge-chomage"];

        var reordered = Ranking.Reorder(found, id => id, [], Facts(("pension", "avs"), ("work", "retraite")));

        // ge-pc meets the pension; ge-chomage fails "work" and goes last; ge-aide follows ge-pc (subsidiarity).
        reordered.Should().Equal("ge-pc", "ge-desk", "ge-aide", "ge-inconnue", "ge-chomage");
    }
}
