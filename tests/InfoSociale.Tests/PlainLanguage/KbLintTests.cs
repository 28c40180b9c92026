using InfoSociale.Bot.Cli;
using InfoSociale.Core;
using InfoSociale.Core.KnowledgeBase;
using InfoSociale.Core.PlainLanguage;

namespace InfoSociale.Tests.PlainLanguage;

public class KbLintTests
{
    [Fact]
    public void The_shipped_texts_break_no_hard_rule()
    {
        var report = KbLintCommand.Lint(ProjectPaths.KnowledgeBase);

        report.TextsChecked.Should().BeGreaterThan(100);
        report.Findings.Where(f => f.Finding.Severity == LintSeverity.Error).Should().BeEmpty();
    }

    [Fact]
    public void Needs_are_checked_as_resident_text()
    {
        var needs = LintSources.Needs(KnowledgeBaseLoader.Load(ProjectPaths.KnowledgeBase)).ToList();

        needs.Should().Contain(t => t.Source.EndsWith("ge-allocation-logement.yaml need") && t.Text == "Payer le loyer");
        PlainLanguageLinter.Default(Glossary.Load(Path.Combine(ProjectPaths.KnowledgeBase, "analysis", "glossaire.txt")))
            .Check([new LintText("need", "Écrire un CV")]).Findings.Should().Contain(f => f.Finding.Severity == LintSeverity.Error);
    }
}
