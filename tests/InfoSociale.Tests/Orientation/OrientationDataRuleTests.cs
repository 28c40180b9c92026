using InfoSociale.Core;
using InfoSociale.Core.KnowledgeBase;
using InfoSociale.Core.Orientation;
using InfoSociale.Tests.TestSupport;

namespace InfoSociale.Tests.Orientation;

public class OrientationDataRuleTests
{
    private static readonly LoadedKnowledgeBase Real = KnowledgeBaseLoader.Load(ProjectPaths.KnowledgeBase);

    [Fact]
    public void The_shipped_orientation_data_is_consistent_with_the_entries()
    {
        new OrientationDataRule().Check(Real).Should().BeEmpty();
    }

    [Fact]
    public void Reports_unknown_urgence_entries_and_territories_without_numbers()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.File("analysis"));
        File.WriteAllLines(folder.File("analysis/urgences.txt"), ["# grammar", "suicide + veux mourir", "suicide @ge ge-inconnue"]);

        var problems = new OrientationDataRule().Check(Real with { Folder = folder.Path }).Select(d => d.Message).ToList();

        problems.Should().Contain("suicide @ge: no entry \"ge-inconnue\"");
        problems.Should().Contain(p => p.StartsWith("suicide: no entry to show in paris"));
    }

    [Fact]
    public void Reports_urgence_entries_without_a_situation_that_shows_them()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.File("analysis"));
        File.WriteAllLines(folder.File("analysis/urgences.txt"), ["# grammar", "suicide + veux mourir", "suicide @ge ge-urgence-117-118-144"]);
        var catalog = new EntryCatalog(
            Real.Catalog.Entries.Select(e => e.Id == "paris-3114" ? e with { Situation = null } : e), Real.Catalog.Territories.Values);

        var problems = new OrientationDataRule().Check(Real with { Folder = folder.Path, Catalog = catalog }).Select(d => d.Message).ToList();

        problems.Should().Contain(p => p.StartsWith("paris-3114: an urgence entry needs \"situation: <suicide>\""));
        problems.Should().Contain("ge-tox-info-145: unknown situation \"empoisonnement\" (known: suicide)");
        problems.Should().Contain("ge-main-tendue-143: its situation does not show it (add it to \"suicide @ge ...\")");
    }

    [Fact]
    public void Reports_a_statement_the_message_catalogue_cannot_say_back()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.File("analysis"));
        Directory.CreateDirectory(folder.File("messages"));
        File.WriteAllLines(folder.File("analysis/publics.txt"),
            ["# grammar", "retraite + je suis retraite*", "retraite publics aines", "age + j ai # ans", "age facts age=#", "veuf + je suis veuf", "veuf facts household=seul"]);
        File.WriteAllLines(folder.File("messages/fr.yaml"), ["about.retraite: \"vous êtes à la retraite\"", "about.age: \"vous avez un âge\""]);

        var problems = new OrientationDataRule().Check(Real with { Folder = folder.Path }).Select(d => d.Message).ToList();

        problems.Should().HaveCount(2);
        problems.Should().Contain(p => p.EndsWith("the message 'about.age' has no placeholder {number}."));
        problems.Should().Contain(p => p.EndsWith("the message 'about.veuf' is missing."));
    }

    [Fact]
    public void Reports_a_bad_publics_line_at_its_line()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.File("analysis"));
        File.WriteAllLines(folder.File("analysis/publics.txt"), ["# grammar", "retraite + je suis retraite*", "retraite publics seniors"]);

        var problem = new OrientationDataRule().Check(Real with { Folder = folder.Path }).Should().ContainSingle().Which;

        problem.Line.Should().Be(3);
        problem.Message.Should().StartWith("unknown public \"seniors\"");
    }
}
