using System.Text.RegularExpressions;
using InfoSociale.Core;
using InfoSociale.Core.KnowledgeBase;
using InfoSociale.Core.KnowledgeBase.Validation;

namespace InfoSociale.Tests.KnowledgeBase;

// The real knowledge-base/ folder and the required catalogue (tests/kb-catalogue.md).
public class ShippedKnowledgeBaseTests
{
    private static readonly Lazy<LoadedKnowledgeBase> Shipped = new(() =>
        KnowledgeBaseValidator.LoadAndValidate(ProjectPaths.KnowledgeBase, DateOnly.FromDateTime(DateTime.UtcNow)));

    [Fact]
    public void The_shipped_knowledge_base_validates_without_errors()
    {
        var errors = Shipped.Value.Diagnostics.Where(d => d.Severity == Severity.Error).Select(d => d.ToString());

        errors.Should().BeEmpty();
    }

    [Fact]
    public void Every_id_of_the_catalogue_exists()
    {
        var catalogue = Path.Combine(ProjectPaths.Root, "tests", "kb-catalogue.md");
        var required = CatalogueIds(File.ReadAllText(catalogue)).ToList();

        required.Should().HaveCountGreaterThan(80, "the catalogue tables list the required ids");
        required.Where(id => Shipped.Value.Catalog.Find(id) is null).Should().BeEmpty();
    }

    [Fact]
    public void Reads_the_ids_from_the_first_column_of_the_catalogue_tables()
    {
        const string markdown = "## ge\n\n| id | about |\n|---|---|\n| ge-a | A |\n| ge-str-b | B, with | a pipe |\n\ntext | not a row\n";

        CatalogueIds(markdown).Should().Equal("ge-a", "ge-str-b");
    }

    // "| ge-pc-familles | …" rows; the header row and the |---| rule are skipped.
    private static IEnumerable<string> CatalogueIds(string markdown) =>
        Regex.Matches(markdown, @"^\|\s*([a-z]+(?:-[a-z0-9]+)+)\s*\|", RegexOptions.Multiline).Select(m => m.Groups[1].Value);
}
