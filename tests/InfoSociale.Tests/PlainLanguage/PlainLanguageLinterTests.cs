using InfoSociale.Core;
using InfoSociale.Core.PlainLanguage;

namespace InfoSociale.Tests.PlainLanguage;

public class PlainLanguageLinterTests
{
    private static readonly PlainLanguageLinter Linter = PlainLanguageLinter.Default(Glossary.Load(Glossary.DefaultPath));

    [Fact]
    public void Passes_a_plain_text()
    {
        Linter.Check("Vous pouvez demander une aide pour le loyer. Venez au guichet avec votre bail.").Should().BeEmpty();
    }

    [Fact]
    public void Reports_each_text_by_source_and_counts_errors()
    {
        var report = Linter.Check(
        [
            new LintText("a.yaml summary", "Vous pouvez venir."),
            new LintText("b.yaml summary", "Demandez l'XYZ."),
        ]);

        report.TextsChecked.Should().Be(2);
        report.Errors.Should().Be(1);
        report.Findings.Where(f => f.Finding.Severity == LintSeverity.Error).Should().ContainSingle().Which.Source.Should().Be("b.yaml summary");
    }

    [Fact]
    public void Reads_placeholders_as_words()
    {
        AnalyzedText.Of("Bonjour {name}, voici {count} aides.").Sentences.Single().Words
            .Should().Equal("Bonjour", "{name}", "voici", "{count}", "aides");
    }

    [Fact]
    public void Refuses_a_glossary_line_without_definition()
    {
        var act = () => Glossary.Parse(["# grammar", "AVS"], "glossaire.txt");

        act.Should().Throw<DataFileException>().Where(e => e.Line == 2);
    }
}
