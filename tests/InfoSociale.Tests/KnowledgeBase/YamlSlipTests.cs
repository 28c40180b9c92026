using InfoSociale.Core.KnowledgeBase;
using InfoSociale.Core.KnowledgeBase.Validation;

namespace InfoSociale.Tests.KnowledgeBase;

// An editor's usual YAML slips in a valid entry: kb validate names the line of the slip and says what to do,
// in plain words, never with the parser's own message.
public class YamlSlipTests
{
    private const string Victim = "knowledge-base/ge/structure/ge-str-accueil.yaml";

    [Theory]
    [InlineData(14, "  email:", "\temail:", 14, "a tab indents this line")]
    [InlineData(22, "  lat:", "\tlat:", 22, "a tab indents this line")]
    [InlineData(18, "  postal_code:", " \t postal_code:", 18, "a tab indents this line")]
    [InlineData(30, "verified: true", "verified: true\ntitle: Autre titre", 31, "the key 'title' appears twice")]
    [InlineData(13, "  phone: \"+41224184700\"", "  phone: \"+41224184700", 13, "quote")]
    [InlineData(5, "summary: Un lieu", "summary: Attention: un lieu", 5, "put the whole value in quotes")]
    [InlineData(14, "  email: accueil@example.ch", "  email: @accueil", 14, "put it in quotes")]
    [InlineData(17, "  street:", "   street:", 18, "not aligned")]
    [InlineData(10, "themes: [argent, logement]", "themes: [argent, logement", 10, "is not closed")]
    public void A_slip_is_reported_at_its_line_with_what_to_do(int line, string before, string after, int reportedLine, string advice)
    {
        using var kb = new FixtureKnowledgeBase();
        var path = Path.Combine(kb.Root, Victim);
        var lines = File.ReadAllLines(path);
        lines[line - 1].Should().StartWith(before, "the slip replaces the start of that line");
        lines[line - 1] = after + lines[line - 1][before.Length..];
        File.WriteAllText(path, string.Join('\n', lines) + "\n");

        var errors = KnowledgeBaseValidator.LoadAndValidate(kb.Folder, FixtureKnowledgeBase.Today).Diagnostics
            .Where(d => d.Severity == Severity.Error && d.File == Victim).ToList();

        errors.Should().ContainSingle();
        errors[0].Line.Should().Be(reportedLine);
        errors[0].Message.Should().Contain(advice).And.NotContainAny("While ", "Idx:", "the parser says", "Exception");
    }
}
