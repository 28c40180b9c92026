using InfoSociale.Core.Dialogs.Prompts;

namespace InfoSociale.Tests.Dialogs;

public sealed class PhraseTests
{
    [Theory]
    [InlineData("Oui, d'accord !", "oui d accord")]
    [InlineData("  ÉLÈVE  à  l'école ", "eleve a l ecole")]
    [InlineData("N°2", "n 2")]
    [InlineData("Çà et là…", "ca et la")]
    [InlineData("?!", "")]
    [InlineData("Œuvre", "oeuvre")]
    public void Normalizes_accents_case_and_punctuation(string input, string expected) =>
        Phrase.Normalize(input).Should().Be(expected);

    [Theory]
    [InlineData("oui je veux bien", "oui", true)]
    [InlineData("ou bien", "oui", false)]
    [InlineData("pas d accord", "d accord", true)]
    [InlineData("aide", "aide", true)]
    [InlineData("aides et aide", "aide", true)]
    [InlineData("laide aider", "aide", false)]
    [InlineData("aide", "", false)]
    public void Finds_phrases_as_whole_words(string text, string phrase, bool expected) =>
        Phrase.ContainsWords(text, phrase).Should().Be(expected);
}
