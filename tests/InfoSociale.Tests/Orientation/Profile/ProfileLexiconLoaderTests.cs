using InfoSociale.Core;
using InfoSociale.Core.Orientation.Profile;

namespace InfoSociale.Tests.Orientation.Profile;

public class ProfileLexiconLoaderTests
{
    [Fact]
    public void Reads_statements_in_file_order_with_their_publics_and_facts()
    {
        var lexicon = ProfileLexiconLoader.Parse(
        [
            "# grammar",
            "~ chui = je suis",
            "= bonjour moi",
            "retraite + je suis retraite*",
            "retraite - bientot retraite*",
            "retraite publics aines",
            "retraite facts work=retraite",
            "age-aine + j ai #60+ ans",
            "age-aine facts age=#",
        ], "publics.txt");

        lexicon.Statements.Select(s => s.Id).Should().Equal("retraite", "age-aine");
        lexicon.Statements[0].Publics.Should().Equal("aines");
        lexicon.Statements[0].Facts.Should().Equal(new Dictionary<string, string> { ["work"] = "retraite" });
        lexicon.Statements[0].FalseFriends.Should().ContainSingle();
        lexicon.Statements[1].TakesNumber.Should().BeTrue();
        lexicon.SpokenForms["chui"].Should().Equal("je", "suis");
        lexicon.FramingWords.Should().BeEquivalentTo("bonjour", "moi");
    }

    [Theory]
    [InlineData("retraite ? je suis retraite", "unknown marker")]
    [InlineData("retraite +", "expected")]
    [InlineData("retraite + ...", "has no word")]
    [InlineData("retraite publics retraites", "unknown public \"retraites\"")]
    [InlineData("retraite facts work", "expected \"<fact>=<value>\"")]
    [InlineData("retraite facts metier=retraite", "unknown fact \"metier\"")]
    [InlineData("retraite facts work=pensionne", "\"pensionne\" is not a value of work")]
    [InlineData("retraite facts age=vieux", "\"vieux\" is not a number")]
    [InlineData("retraite facts work=#", "can only set a number fact")]
    [InlineData("age + j ai #60-x ans", "is not a number slot")]
    [InlineData("~ chui je suis", "expected \"~")]
    public void Names_the_file_and_line_of_a_bad_line(string badLine, string problem)
    {
        var act = () => ProfileLexiconLoader.Parse(["# grammar", "retraite + je suis retraite*", badLine], "publics.txt");

        act.Should().Throw<DataFileException>()
            .Where(e => e.Line == 3 && e.File == "publics.txt" && e.Problem.Contains(problem));
    }

    [Theory]
    [InlineData("has no \"+\" pattern", "retraite publics aines")]
    [InlineData("notes nothing", "retraite + je suis retraite*")]
    [InlineData("each of its \"+\" patterns needs a number slot", "age + j ai # ans", "age + je suis vieux", "age facts age=#")]
    public void Names_the_first_line_of_an_incomplete_statement(string problem, params string[] lines)
    {
        var act = () => ProfileLexiconLoader.Parse(["# grammar", "", .. lines], "publics.txt");

        act.Should().Throw<DataFileException>().Where(e => e.Line == 3 && e.Problem.Contains(problem));
    }
}
