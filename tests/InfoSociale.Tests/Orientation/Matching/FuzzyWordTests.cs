using InfoSociale.Core.Orientation.Matching;

namespace InfoSociale.Tests.Orientation.Matching;

public class FuzzyWordTests
{
    [Theory]
    [InlineData("mourir", "mourir", true)]
    [InlineData("mourrir", "mourir", true)]
    [InlineData("suiside", "suicide", true)]
    [InlineData("suicdie", "suicide", true)]
    [InlineData("nourrir", "mourir", false)]
    [InlineData("tapis", "tape", false)]
    [InlineData("tap", "tape", false)]
    [InlineData("frappe", "frapp*", true)]
    [InlineData("fraper", "frapp*", true)]
    [InlineData("grappe", "frapp*", false)]
    [InlineData("hebergements", "hebergement*", true)]
    [InlineData("hebergemnt", "hebergement", true)]
    [InlineData("hbergment", "hebergement", true)]
    [InlineData("habillement", "hebergement", false)]
    public void Tolerates_typos_on_long_words_only(string typed, string lexiconWord, bool matches)
    {
        FuzzyWord.Matches(typed, lexiconWord).Should().Be(matches);
    }

    [Theory]
    [InlineData("J'habite aux Pâquis !", new[] { "j", "habite", "aux", "paquis" })]
    [InlineData("Œuvre du 18ème", new[] { "oeuvre", "du", "18eme" })]
    [InlineData("d’en finir", new[] { "d", "en", "finir" })]
    public void Splits_messages_into_folded_words(string text, string[] words)
    {
        FoldedWords.Split(text).Should().Equal(words);
    }
}
