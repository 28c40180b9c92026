using InfoSociale.Core;
using InfoSociale.Core.Orientation.Urgency;

namespace InfoSociale.Tests.Orientation.Urgency;

public class UrgencyLexiconLoaderTests
{
    [Fact]
    public void Reads_situations_in_file_order_with_their_rules()
    {
        var lexicon = UrgencyLexiconLoader.Parse(
        [
            "# grammar",
            "~ jveu = je veux",
            "suicide + veux mourir",
            "suicide - mourir de rire",
            "suicide @ge ge-main-tendue-143 ge-urgence-117-118-144",
            "violence + me frapp*",
        ], "urgences.txt");

        lexicon.Situations.Select(s => s.Id).Should().Equal("suicide", "violence");
        lexicon.Situation("suicide").FalseAlarms.Should().ContainSingle();
        lexicon.Situation("suicide").EntriesFor("ge").Should().Equal("ge-main-tendue-143", "ge-urgence-117-118-144");
        lexicon.Situation("violence").EntriesFor("ge").Should().BeEmpty();
        lexicon.SpokenForms["jveu"].Should().Equal("je", "veux");
    }

    [Theory]
    [InlineData("suicide ? veux mourir", "unknown marker")]
    [InlineData("suicide +", "expected")]
    [InlineData("suicide + ...", "has no word")]
    [InlineData("~ jveu je veux", "expected \"~")]
    public void Names_the_file_and_line_of_a_bad_line(string badLine, string problem)
    {
        var act = () => UrgencyLexiconLoader.Parse(["# grammar", badLine], "urgences.txt");

        act.Should().Throw<DataFileException>()
            .Where(e => e.Line == 2 && e.File == "urgences.txt" && e.Problem.Contains(problem));
    }

    [Fact]
    public void Refuses_a_situation_without_trigger()
    {
        var act = () => UrgencyLexiconLoader.Parse(["suicide - film"], "urgences.txt");

        act.Should().Throw<DataFileException>().WithMessage("*no \"+\" pattern*");
    }
}
