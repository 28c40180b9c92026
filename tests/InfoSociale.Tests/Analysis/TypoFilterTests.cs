using InfoSociale.Core.Analysis;
using InfoSociale.Core.Text;

namespace InfoSociale.Tests.Analysis;

public sealed class TypoFilterTests
{
    private static readonly TypoVocabulary Vocabulary = new(new Dictionary<string, int>
    {
        ["logement"] = 12, ["urgence"] = 8, ["allocation"] = 9, ["hebergement"] = 5, ["manger"] = 3,
        ["ranger"] = 1, ["loyer"] = 7, ["avs"] = 4, ["subside"] = 2, ["subsides"] = 1, ["vieux"] = 3,
    });

    private static string[] Guesses(string text) => Tokens.Query(text, Vocabulary).Where(token => token.IsGuess).Texts();

    [Theory]
    [InlineData("lokement", new[] { "loge" })]
    [InlineData("urgense", new[] { "urgenc" })]
    [InlineData("alocation", new[] { "aloc" })]
    [InlineData("hebergemant", new[] { "heberg" })]
    [InlineData("hebrgemnt", new[] { "heberg" })]
    [InlineData("lgoement", new[] { "loge" })]
    public void Guesses_a_known_word_for_a_typo(string word, string[] expected) => Guesses(word).Should().Contain(expected);

    [Theory]
    [InlineData("loyr")]
    [InlineData("avz")]
    [InlineData("AVZ")]
    [InlineData("3918")]
    [InlineData("logement")]
    [InlineData("lkmnt")]
    public void Leaves_short_words_codes_known_words_and_distant_words_alone(string word) => Guesses(word).Should().BeEmpty();

    [Fact]
    public void Stacks_the_guess_on_the_written_word_with_a_lower_weight()
    {
        var tokens = Tokens.Query("lokement", Vocabulary);

        tokens.Select(token => token.Position).Should().OnlyContain(position => position == 0);
        tokens.Where(token => token.IsGuess).Should().OnlyContain(token => TypoFilter.Weight(token.Type) < 1);
    }

    [Fact]
    public void Never_expands_a_guess_through_the_thesaurus() =>
        Tokens.Query("mieux", Vocabulary).Where(token => token.IsSynonym).Should().BeEmpty();

    [Theory]
    [InlineData("mang", 0)]
    [InlineData("manger", 1)]
    [InlineData("mange", 1)]
    [InlineData("lokement", 1)]
    [InlineData("alocation", 2)]
    [InlineData("C2S", 0)]
    [InlineData("loyr", 0)]
    public void Allows_edits_by_word_length(string word, int expected) => TypoFilter.AllowedEdits(word).Should().Be(expected);

    [Fact]
    public void Keeps_the_candidate_set_small() =>
        Vocabulary.Nearest("subsidez", 2, TypoFilter.MaxCandidates).Should().HaveCount(TypoFilter.MaxCandidates);

    [Fact]
    public void Prefers_the_closest_then_the_most_used_word() =>
        Vocabulary.Nearest("manger", 1, 2).Select(match => match.Word).Should().Equal("manger", "ranger");

    [Theory]
    [InlineData("logement", "logement", 0)]
    [InlineData("logement", "lokement", 1)]
    [InlineData("logement", "lgoement", 1)]
    [InlineData("logement", "logemen", 1)]
    [InlineData("allocation", "alocation", 1)]
    [InlineData("allocation", "alocasion", 2)]
    [InlineData("allocation", "xyz", 3)]
    public void Measures_bounded_edit_distance(string a, string b, int expected) => EditDistance.Bounded(a, b, 2).Should().Be(expected);
}
