using InfoSociale.Core.Orientation.Matching;

namespace InfoSociale.Tests.Orientation.Matching;

public class WordPatternTests
{
    [Theory]
    [InlineData("j ai # ans", "j'ai 72 ans", "72")]
    [InlineData("j ai #60+ ans", "j'ai 72 ans", "72")]
    [InlineData("j ai #12-25 ans", "j'ai 19 ans", "19")]
    [InlineData("j ai #12-25 ans", "j'ai 72 ans", null)]
    [InlineData("j ai #60+ ans", "j'ai 59 ans", null)]
    [InlineData("j ai # ans", "j'ai travaillé 20 ans", null)]
    [InlineData("j ai # ans", "j'ai 20 longues ans", null)]
    [InlineData("j ai # ans", "j'ai vingt ans", null)]
    public void A_number_slot_takes_digits_in_its_range_right_between_its_neighbours(string pattern, string message, string? number)
    {
        var parsed = WordPattern.Parse(pattern);
        var words = FoldedWords.Split(message);

        var match = parsed.FindIn(words);

        (match is null ? null : parsed.NumberIn(match, words)).Should().Be(number);
    }

    [Theory]
    [InlineData("je suis retraite*", "je ne suis pas retraité", false)]
    [InlineData("je suis retraite*", "je suis pas retraitée", false)]
    [InlineData("je suis retraite*", "je suis retraitée", true)]
    [InlineData("je n ai pas de papiers", "je n'ai pas de papiers", true)]
    public void An_affirmed_match_is_not_denied_around_it(string pattern, string message, bool affirmed)
    {
        (AffirmedMatch.Find(WordPattern.Parse(pattern), FoldedWords.Split(message)) is not null).Should().Be(affirmed);
    }
}
