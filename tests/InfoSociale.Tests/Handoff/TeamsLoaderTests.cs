using InfoSociale.Core;
using InfoSociale.Core.Handoff;
using InfoSociale.Core.KnowledgeBase;
using InfoSociale.Core.KnowledgeBase.Validation;
using InfoSociale.Tests.TestSupport;

namespace InfoSociale.Tests.Handoff;

public class TeamsLoaderTests : IDisposable
{
    private static readonly Lazy<TeamReferences> References = new(() =>
        TeamReferences.Of(KnowledgeBaseLoader.Load(ProjectPaths.KnowledgeBase).Catalog, ProjectPaths.KnowledgeBase));

    private readonly TempFolder _folder = new();

    [Fact]
    public void The_shipped_teams_are_valid_and_cover_both_territories()
    {
        var (teams, diagnostics) = TeamsLoader.Read(Path.Combine(ProjectPaths.KnowledgeBase, TeamsLoader.FileName), "equipes.yaml", References.Value);

        diagnostics.Should().BeEmpty();
        teams.Select(t => t.Territory).Distinct().Should().BeEquivalentTo("ge", "paris");
    }

    [Theory]
    [InlineData("    structure: ge-str-nope\n", 5, "structure: 'ge-str-nope' is not a structure of the knowledge base")]
    [InlineData("    structure: paris-str-eps\n", 5, "structure: 'paris-str-eps' is in territory 'paris', not 'ge'")]
    [InlineData("    structure: ge-str-hospice-general\n    themes: [argent, loisirs]\n", 6, "themes: unknown theme 'loisirs'")]
    [InlineData("    structure: ge-str-hospice-general\n    places: [Pâquis, Belleville]\n", 6, "places: 'Belleville' is not a place of 'ge' in analysis/lieux.txt")]
    [InlineData("    structure: ge-str-hospice-general\n    opening_hours: \"Mo-Fr 25:00-26:00\"\n", 6, "opening_hours:")]
    [InlineData("    structure: ge-str-hospice-general\n    phone: \"+41221111111\"\n", 6, "phone: '+41221111111' is not the phone of the structure 'ge-str-hospice-general'")]
    [InlineData("    structure: ge-str-hospice-general\n    colour: red\n", 6, "unknown field 'colour'")]
    [InlineData("", 2, "structure: missing")]
    public void A_mistake_is_reported_with_its_line(string lines, int line, string message)
    {
        var file = Write("teams:\n  - id: ge-test\n    territory: ge\n    name: Test\n" + lines);

        var (_, diagnostics) = TeamsLoader.Read(file, "equipes.yaml", References.Value);

        diagnostics.Where(d => d.Severity == Severity.Error).Should().ContainSingle()
            .Which.Should().Match<KbDiagnostic>(d => d.Line == line && d.Message.StartsWith(message) && d.File == "equipes.yaml");
    }

    [Fact]
    public void Two_teams_with_the_same_id_are_an_error()
    {
        const string team = "  - id: ge-a\n    territory: ge\n    name: A\n    structure: ge-str-hospice-general\n";
        var file = Write("teams:\n" + team + team);

        TeamsLoader.Read(file, "equipes.yaml", References.Value).Diagnostics
            .Should().Contain(d => d.Line == 6 && d.Message.Contains("already the id"));
    }

    [Fact]
    public void Kb_validate_reports_equipes_yaml_problems_by_file_and_line()
    {
        var kb = Path.Combine(_folder.Path, "knowledge-base");
        CopyFolder(ProjectPaths.KnowledgeBase, kb);
        File.AppendAllText(Path.Combine(kb, TeamsLoader.FileName), "  - id: paris-x\n    territory: paris\n    name: X\n    structure: paris-str-eps\n    themes: [loisirs]\n");

        var validated = KnowledgeBaseValidator.LoadAndValidate(kb, new DateOnly(2026, 11, 23));

        validated.Diagnostics.Where(d => d.File.EndsWith("equipes.yaml")).Select(d => d.ToString())
            .Should().ContainSingle().Which.Should().Match("knowledge-base/equipes.yaml:*: error: themes: unknown theme 'loisirs'");
    }

    private string Write(string yaml)
    {
        var file = _folder.File("equipes.yaml");
        File.WriteAllText(file, yaml);
        return file;
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var directory in Directory.GetDirectories(from, "*", SearchOption.AllDirectories))
            Directory.CreateDirectory(directory.Replace(from, to));
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
            File.Copy(file, file.Replace(from, to));
    }

    public void Dispose() => _folder.Dispose();
}
