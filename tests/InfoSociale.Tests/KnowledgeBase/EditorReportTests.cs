using InfoSociale.Bot.Cli;
using InfoSociale.Core;
using InfoSociale.Core.KnowledgeBase.Report;
using InfoSociale.Core.KnowledgeBase.Validation;
using InfoSociale.Core.PlainLanguage;

namespace InfoSociale.Tests.KnowledgeBase;

// kb report on real fixture folders: each section answers one editor's question.
public class EditorReportTests
{
    private static readonly LintReport NoFindings = new(0, []);

    private static EditorReport Report(FixtureKnowledgeBase kb, params string[] placeLines) =>
        EditorReport.Of(KnowledgeBaseValidator.LoadAndValidate(kb.Folder, FixtureKnowledgeBase.Today), NoFindings,
            NamedPlaces.Parse(placeLines, NamedPlaces.FileName), FixtureKnowledgeBase.Today);

    private static ReportSection Section(EditorReport report, string id) => report.Sections.Single(s => s.Id == id);

    [Fact]
    public void Entries_are_listed_oldest_check_first_and_a_check_over_12_months_old_is_stale()
    {
        using var kb = new FixtureKnowledgeBase("warning-stale");

        var rows = Section(Report(kb), "age").Rows;

        rows.Should().HaveCount(5);
        rows[0].Should().Equal("ge-aide", "2025-06-30", "16", "yes", "yes", "knowledge-base/ge/prestation/ge-aide.yaml");
        rows.Skip(1).Should().OnlyContain(row => row[3] == "no");
    }

    [Fact]
    public void Unverified_entries_and_structures_without_address_or_hours_have_their_own_tables()
    {
        using var kb = new FixtureKnowledgeBase("warning-structure-incomplete");
        using var unverified = new FixtureKnowledgeBase("warning-unverified");

        Section(Report(kb), "structures").Rows.Should().ContainSingle()
            .Which.Should().Equal("ge-str-accueil", "Accueil social de quartier", "no", "no", "knowledge-base/ge/structure/ge-str-accueil.yaml");
        Section(Report(unverified), "unverified").Rows.Should().ContainSingle().Which[0].Should().Be("ge-aide");
    }

    [Fact]
    public void A_place_the_entries_send_residents_to_is_missing_until_a_structure_with_an_address_has_its_name()
    {
        using var kb = new FixtureKnowledgeBase();

        var places = Section(Report(kb, "@ge", "commission de conciliation => commission de conciliation", "ACCUEIL => Accueil social",
            "@paris", "assistante sociale => Espace des solidarités"), "places").Rows;

        places.Should().ContainSingle().Which.Should().Equal("ge", "commission de conciliation", "commission de conciliation", "1", "ge-droit-bail");
    }

    [Fact]
    public void A_phrase_in_capitals_keeps_its_case_and_other_phrases_ignore_case_and_accents()
    {
        var cas = new NamedPlace("ge", "CAS", "centre d'action sociale");
        var eps = new NamedPlace("paris", "Espace parisien des solidarités", "Espace parisien des solidarités");

        cas.IsNamedIn("Allez au CAS de votre quartier.").Should().BeTrue();
        cas.IsNamedIn("En cas de besoin, appelez.").Should().BeFalse();
        eps.IsNamedIn("Allez à l'espace parisien des solidarites du 18e.").Should().BeTrue();
    }

    [Theory]
    [InlineData("CAS => centre d'action sociale", 1, "a phrase needs a territory")]
    [InlineData("@ge\nCAS = centre d'action sociale", 2, "expected \"<phrase as written in entries> => <words of the structure's title>\"")]
    public void A_bad_line_of_the_places_list_is_reported_with_its_line(string text, int line, string problem)
    {
        var act = () => NamedPlaces.Parse(text.Split('\n'), NamedPlaces.FileName);

        act.Should().Throw<DataFileException>().Where(e => e.Line == line && e.Problem.StartsWith(problem));
    }

    [Fact]
    public async Task Report_prints_every_section_of_the_shipped_knowledge_base_and_writes_the_html_page()
    {
        var html = Path.Combine(Path.GetTempPath(), $"kb-report-{Guid.NewGuid():N}.html");
        var (output, error) = (new StringWriter(), new StringWriter());
        try
        {
            var exit = await VerbTable.Build().Parse(["kb", "report", "--html", html]).InvokeAsync(new() { Output = output, Error = error });

            exit.Should().Be(0, error.ToString());
            output.ToString().Should().Contain("## Entries by age of last_verified").And.Contain("## Unverified entries")
                .And.Contain("## Places named in the text but missing").And.Contain("## Plain-language findings");
            File.ReadAllText(html).Should().Contain("<caption>Unverified entries</caption>");
        }
        finally
        {
            File.Delete(html);
        }
    }
}
