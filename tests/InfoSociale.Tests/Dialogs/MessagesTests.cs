using System.Text.RegularExpressions;
using InfoSociale.Core;
using InfoSociale.Core.Dialogs;
using InfoSociale.Tests.TestSupport;

namespace InfoSociale.Tests.Dialogs;

public sealed partial class MessagesTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private Messages Catalogue(string yaml)
    {
        var path = _folder.File("fr.yaml");
        File.WriteAllText(path, yaml);
        return Messages.Load(path);
    }

    [Fact]
    public void Fills_placeholders_by_name()
    {
        var messages = Catalogue("""welcome: "Bonjour, vos réponses sont gardées {days} jours à {territory}." """);

        messages.Text("welcome", ("territory", "Genève"), ("days", "30"))
            .Should().Be("Bonjour, vos réponses sont gardées 30 jours à Genève.");
    }

    [Fact]
    public void A_missing_key_names_the_key_and_the_file()
    {
        var messages = Catalogue("""hello: "Bonjour" """);

        var missing = () => messages.Text("goodbye");

        missing.Should().Throw<MessageCatalogException>().WithMessage("*fr.yaml: the message 'goodbye' is missing.");
    }

    [Fact]
    public void A_placeholder_without_a_value_is_an_error()
    {
        var messages = Catalogue("""hello: "Bonjour {name}" """);

        var unfilled = () => messages.Text("hello");

        unfilled.Should().Throw<MessageCatalogException>().WithMessage("*the message 'hello' needs a value for {name}.");
    }

    [Fact]
    public void A_value_without_a_placeholder_is_an_error()
    {
        var messages = Catalogue("""hello: "Bonjour" """);

        var unused = () => messages.Text("hello", ("name", "Awa"));

        unused.Should().Throw<MessageCatalogException>().WithMessage("*the message 'hello' has no placeholder {name}.");
    }

    [Theory]
    [InlineData("a: un\nb: deux\na: trois\n", ":3: the key 'a' appears twice; keep one of the two lines (merge their values)")]
    [InlineData("a: un\nb:\n  nested: deux\n", ":2: each entry must be `key: sentence` (no lists, no nesting).")]
    [InlineData("a: \"un\n", ":1: ")]
    public void Malformed_files_are_reported_with_their_line(string yaml, string expected)
    {
        var load = () => Catalogue(yaml);

        load.Should().Throw<MessageCatalogException>().Which.Message.Should().Contain("fr.yaml" + expected);
    }

    [Fact]
    public void Word_lists_are_split_on_bars()
    {
        var messages = Catalogue("""yes.words: "oui| ouais |d'accord" """);

        messages.Words("yes.words").Should().Equal("oui", "ouais", "d'accord");
    }

    [Fact]
    public void Every_key_the_code_asks_for_is_in_the_french_catalogue()
    {
        var messages = Messages.Load();
        var source = Path.Combine(ProjectPaths.Root, "bot");
        var used = Directory.EnumerateFiles(source, "*.cs", SearchOption.AllDirectories)
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"))
            .SelectMany(file => KeyUse().Matches(File.ReadAllText(file)).Select(match => match.Groups[1].Value))
            .Distinct()
            .ToList();

        used.Should().NotBeEmpty();
        used.Except(messages.Keys).Should().BeEmpty("every sentence lives in knowledge-base/messages/fr.yaml");
    }

    [GeneratedRegex("""(?:Text|Words)\("([a-z_]+\.[a-z_.]+)"[,)]""")]
    private static partial Regex KeyUse();
}
