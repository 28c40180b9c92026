using InfoSociale.Core.Dialogs.Prompts;

namespace InfoSociale.Tests.Dialogs;

public sealed class ChoiceRecognizerTests
{
    private static readonly Choice[] Themes =
    [
        new("Logement") { Synonyms = ["loyer", "appartement"] },
        new("Santé") { Synonyms = ["médecin", "soins"] },
        new("Emploi") { Synonyms = ["travail", "chômage"] },
        new("Plus de détails"),
    ];

    [Theory]
    [InlineData("1", "Logement")]
    [InlineData("2.", "Santé")]
    [InlineData("n°3", "Emploi")]
    [InlineData("le 2", "Santé")]
    [InlineData("deux", "Santé")]
    [InlineData("le deuxième", "Santé")]
    [InlineData("la première", "Logement")]
    [InlineData("Santé", "Santé")]
    [InlineData("SANTE !", "Santé")]
    [InlineData("  santé  ", "Santé")]
    [InlineData("médecin", "Santé")]
    [InlineData("medecin", "Santé")]
    [InlineData("chomage", "Emploi")]
    [InlineData("logment", "Logement")]
    [InlineData("emploie", "Emploi")]
    [InlineData("plus de detail", "Plus de détails")]
    [InlineData("détails", "Plus de détails")]
    [InlineData("je cherche un appartement", "Logement")]
    [InlineData("c'est pour mon loyer", "Logement")]
    public void Picks_the_choice_the_resident_meant(string input, string expected)
    {
        var index = ChoiceRecognizer.Recognize(input, Themes);

        index.Should().NotBeNull();
        Themes[index!.Value].Title.Should().Be(expected);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("violet")]
    [InlineData("5")]
    [InlineData("0")]
    [InlineData("le loyer et le médecin")]
    [InlineData("sante")]
    public void Picks_nothing_when_no_choice_or_two_fit(string input)
    {
        var choices = input == "sante" ? [new Choice("Santé"), new Choice("Santé mentale") { Synonyms = ["sante"] }] : Themes;

        ChoiceRecognizer.Recognize(input, choices).Should().BeNull();
    }

    [Fact]
    public void A_title_that_is_a_number_wins_over_the_position()
    {
        Choice[] children = [new("Aucun"), new("1"), new("2"), new("3 ou plus")];

        ChoiceRecognizer.Recognize("2", children).Should().Be(2);
    }

    [Fact]
    public void A_phrase_inside_a_longer_found_phrase_does_not_count()
    {
        Choice[] yesNo = [new("Oui") { Synonyms = ["d'accord"] }, new("Non") { Synonyms = ["pas d'accord"] }];

        ChoiceRecognizer.Recognize("je ne suis pas d'accord", yesNo).Should().Be(1);
    }

    [Theory]
    [InlineData("aide", 0)]
    [InlineData("Aide !", 0)]
    [InlineData("je voudrais parler à une personne svp", 1)]
    [InlineData("parler a une personne", 1)]
    [InlineData("aide au logement", null)]
    [InlineData("aides", null)]
    [InlineData("je voudrais bien savoir comment parler à une personne de ma régie", null)]
    [InlineData("2", null)]
    [InlineData("le premier", null)]
    public void Commands_match_the_whole_message_or_a_long_phrase_in_a_short_sentence(string input, int? expected)
    {
        Choice[] commands = [new("aide"), new("parler à une personne")];

        ChoiceRecognizer.Recognize(input, commands, ChoiceMatching.WholeMessage).Should().Be(expected);
    }
}
