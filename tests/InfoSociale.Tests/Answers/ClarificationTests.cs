using InfoSociale.Core.Answers;
using InfoSociale.Core.KnowledgeBase;
using InfoSociale.Core.Search;

namespace InfoSociale.Tests.Answers;

public class ClarificationTests
{
    private static Entry Entry(string id, params string[] themes) =>
        new() { Id = id, Kind = EntryKind.Prestation, Territory = "ge", Title = id, Summary = "", Themes = themes };

    private static readonly Clarification Policy = new(new EntryCatalog(
        [Entry("loyer", "logement", "argent"), Entry("hlm", "logement"), Entry("emploi", "emploi"), Entry("soins", "sante")], []));

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

    [Fact]
    public void Never_asks_about_a_single_answer()
    {
        Policy.ShouldAsk([Hit("hlm", 2)]).Should().BeFalse();
    }
}
