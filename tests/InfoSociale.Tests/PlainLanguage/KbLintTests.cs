using InfoSociale.Bot.Cli;
using InfoSociale.Core;
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
}
