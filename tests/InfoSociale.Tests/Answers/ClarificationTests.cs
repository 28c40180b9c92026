using InfoSociale.Core.Answers;
using InfoSociale.Core.Dialogs;
using InfoSociale.Core.Dialogs.Prompts;
using InfoSociale.Core.KnowledgeBase;
using InfoSociale.Core.Search;

namespace InfoSociale.Tests.Answers;

public class ClarificationTests
{
    private static Entry Entry(string id, params string[] themes) =>
        new() { Id = id, Kind = EntryKind.Prestation, Territory = "ge", Title = id, Summary = "", Themes = themes };

    private static readonly Clarification Policy = new(new EntryCatalog(
        [Entry("loyer", "logement", "argent"), Entry("hlm", "logement"), Entry("emploi", "emploi"), Entry("soins", "sante")], []), Messages.Load());

    private static SearchHit Hit(string id, double score) => new(id, score, id, "", []);

    [Theory]
    [InlineData("hlm", 1.46, "emploi", 1.43, true)]
    [InlineData("hlm", 1.46, "loyer", 1.43, false)]
    [InlineData("hlm", 3.68, "emploi", 3.25, false)]
    [InlineData("emploi", 0.90, "soins", 0.81, true)]
    public void Asks_only_when_the_two_best_are_tied_and_answer_different_needs(string first, double firstScore, string second, double secondScore, bool asks)
    {
        Policy.ShouldAsk([Hit(first, firstScore), Hit(second, secondScore)]).Should().Be(asks);
    }

    private static readonly EntryCatalog HousingEntries = new(
    [
        new Entry { Id = "ge-allocation", Kind = EntryKind.Prestation, Territory = "ge", Title = "Allocation de logement", Summary = "",
            Need = "Payer le loyer", Keywords = ["loyer trop cher"], Themes = ["logement", "argent"] },
        new Entry { Id = "ge-hlm", Kind = EntryKind.Prestation, Territory = "ge", Title = "Demander un logement social", Summary = "",
            Need = "Trouver un logement" },
        new Entry { Id = "ge-bail", Kind = EntryKind.Droit, Territory = "ge", Title = "Quand la régie résilie votre bail", Summary = "",
            Need = "Vous êtes menacé d'expulsion" },
        new Entry { Id = "ge-asloca", Kind = EntryKind.Prestation, Territory = "ge", Title = "Conseils aux locataires", Summary = "",
            Themes = ["logement", "justice"] },
        new Entry { Id = "ge-fsl", Kind = EntryKind.Prestation, Territory = "ge", Title = "Fonds pour les loyers impayés", Summary = "",
            Need = "Payer le loyer", Themes = ["argent"] },
    ], []);

    private static readonly Clarification Housing = new(HousingEntries, Messages.Load());

    private static SearchHit Titled(string id) => new(id, 1, HousingEntries.Find(id)!.Title, "", []);

    [Fact]
    public void Offers_the_need_each_result_answers()
    {
        Housing.Choices([Titled("ge-allocation"), Titled("ge-hlm"), Titled("ge-bail")]).Select(c => c.Title)
            .Should().Equal("Payer le loyer", "Trouver un logement", "Vous êtes menacé d'expulsion");
    }

    [Fact]
    public void An_entry_without_a_need_is_offered_by_the_need_of_a_theme_only_it_has_never_by_its_title()
    {
        Housing.Choices([Titled("ge-allocation"), Titled("ge-asloca")]).Select(c => c.Title)
            .Should().Equal("Payer le loyer", "Un conseil juridique");
    }

    [Fact]
    public void Two_results_with_the_same_need_are_offered_by_their_themes_needs()
    {
        Housing.Choices([Titled("ge-allocation"), Titled("ge-hlm"), Titled("ge-fsl")]).Select(c => c.Title)
            .Should().Equal("Le logement", "Trouver un logement", "L'argent et les aides financières");
    }

    [Theory]
    [InlineData("2", 1)]
    [InlineData("Trouver un logement", 1)]
    [InlineData("trouver un logemnt", 1)]
    [InlineData("menacé d'expulsion", 2)]
    [InlineData("Allocation de logement", 0)]
    [InlineData("loyer trop cher", 0)]
    [InlineData("vous etes menace d expulsoin", 2)]
    public void A_choice_is_recognized_by_number_need_title_keyword_or_with_a_typo(string typed, int expected)
    {
        var choices = Housing.Choices([Titled("ge-allocation"), Titled("ge-hlm"), Titled("ge-bail")]);

        ChoiceRecognizer.Recognize(typed, choices).Should().Be(expected);
    }

    [Fact]
    public void Never_asks_about_a_single_answer()
    {
        Policy.ShouldAsk([Hit("hlm", 2)]).Should().BeFalse();
    }
}
