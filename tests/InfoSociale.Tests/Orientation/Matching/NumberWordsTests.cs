using InfoSociale.Core.Orientation.Matching;

namespace InfoSociale.Tests.Orientation.Matching;

public sealed class NumberWordsTests
{
    [Theory]
    [InlineData("j'ai soixante-douze ans", "j ai 72 ans")]
    [InlineData("j'ai septante-deux ans", "j ai 72 ans")]
    [InlineData("j'ai quatre-vingt-cinq ans", "j ai 85 ans")]
    [InlineData("j'ai huitante-cinq ans", "j ai 85 ans")]
    [InlineData("j'ai quatre-vingts ans", "j ai 80 ans")]
    [InlineData("j'ai quatre vingt dix neuf ans", "j ai 99 ans")]
    [InlineData("j'ai nonante ans", "j ai 90 ans")]
    [InlineData("j'ai dix-neuf ans", "j ai 19 ans")]
    [InlineData("j'ai vingt et un ans", "j ai 21 ans")]
    [InlineData("j'ai soixante et onze ans", "j ai 71 ans")]
    [InlineData("j'ai cent deux ans", "j ai 102 ans")]
    [InlineData("j'ai deux enfants", "j ai 2 enfants")]
    [InlineData("j'ai un enfant", "j ai un enfant")]
    [InlineData("une aide et un logement", "une aide et un logement")]
    [InlineData("j'ai 72 ans", "j ai 72 ans")]
    public void Writes_numbers_said_in_words_as_digits(string message, string expected) =>
        string.Join(' ', NumberWords.Rewrite(FoldedWords.Split(message))).Should().Be(expected);
}
