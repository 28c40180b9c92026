using System.Text.RegularExpressions;
using InfoSociale.Bot.Kiosk;
using InfoSociale.Core;
using InfoSociale.Core.Dialogs;
using InfoSociale.Tests.TestSupport;

namespace InfoSociale.Tests.Kiosks;

public sealed partial class KioskLabelsTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static string Shipped => Path.Combine(ProjectPaths.KnowledgeBase, "messages");

    private KioskLabels Load(string french, string english)
    {
        File.WriteAllText(_folder.File("fr.yaml"), french);
        foreach (var language in KioskLabels.Translations) File.WriteAllText(_folder.File(language + ".yaml"), language == "en" ? english : "{}");
        return KioskLabels.Load(_folder.Path);
    }

    [Fact]
    public void The_shipped_catalogue_translates_every_kiosk_label_into_every_interface_language()
    {
        var labels = KioskLabels.Load(Shipped);

        var french = labels.ByLanguage["fr"].Keys.ToList();
        french.Should().Contain(["touch", "homeTitle", "person", "urgent", "contentFrench"]);
        foreach (var language in KioskLabels.Translations)
            labels.ByLanguage[language].Keys.Should().BeEquivalentTo(french, $"{language}.yaml translates every label");
    }

    [Fact]
    public void Every_label_the_kiosk_asks_for_is_in_the_french_catalogue()
    {
        var kiosk = Path.Combine(ProjectPaths.Root, "kiosk");
        var used = Directory.EnumerateFiles(kiosk, "*.js")
            .SelectMany(file => LabelUse().Matches(File.ReadAllText(file)).Select(match => match.Groups[1].Value))
            .Distinct()
            .ToList();

        used.Should().NotBeEmpty();
        used.Except(KioskLabels.Load(Shipped).ByLanguage["fr"].Keys).Should().BeEmpty();
    }

    [Fact]
    public void Labels_are_served_without_their_prefix_and_other_messages_stay_on_the_server()
    {
        var labels = Load("""
            kiosk.touch: "Touchez l'écran"
            welcome.hello: "Bonjour"
            """, """kiosk.touch: "Touch the screen" """);

        labels.ByLanguage["fr"].Should().Equal(new Dictionary<string, string> { ["touch"] = "Touchez l'écran" });
        labels.ByLanguage["en"]["touch"].Should().Be("Touch the screen");
    }

    [Fact]
    public void A_translation_that_names_a_label_french_lacks_is_refused_with_its_file_and_key()
    {
        var load = () => Load("""kiosk.touch: "Touchez" """, """kiosk.tuoch: "Touch" """);

        load.Should().Throw<MessageCatalogException>().WithMessage("*en.yaml: 'kiosk.tuoch' is not a kiosk label of fr.yaml*");
    }

    [Fact]
    public void A_translation_that_changes_the_placeholders_is_refused_with_the_ones_to_keep()
    {
        var load = () => Load("""kiosk.idle: "Effacé après {minutes} minutes" """, """kiosk.idle: "Cleared after {minute} minutes" """);

        load.Should().Throw<MessageCatalogException>().WithMessage("*en.yaml: 'kiosk.idle' must keep the placeholders of fr.yaml: {minutes}.");
    }

    // t(language, 'key'…), L('key'…) and the SIZE_LABELS list of app.js.
    [GeneratedRegex("""(?:\bt\(\s*[a-zA-Z.]+\s*,\s*|\bL\(\s*)'([A-Za-z]+)'""")]
    private static partial Regex LabelUse();
}
