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
    public void Normalizes_accents_case_and_punctuation(string input, string expected) =>
        Phrase.Normalize(input).Should().Be(expected);

    [Theory]
    [InlineData("recommencer", "recommencer", 0)]
    [InlineData("recomencer", "recommencer", 1)]
    [InlineData("logmnt", "logement", 2)]
    [InlineData("santé", "sanét", 1)]
    [InlineData("", "oui", 3)]
    public void Counts_typing_mistakes_a_swap_being_one(string a, string b, int expected) =>
        Phrase.Distance(a, b).Should().Be(expected);

    [Theory]
    [InlineData("oui je veux bien", "oui", true)]
    [InlineData("ou bien", "oui", false)]
    [InlineData("pas d accord", "d accord", true)]
    public void Finds_phrases_as_whole_words(string text, string phrase, bool expected) =>
        Phrase.ContainsWords(text, phrase).Should().Be(expected);
}
