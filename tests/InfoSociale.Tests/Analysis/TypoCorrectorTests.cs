using InfoSociale.Core.Text;
using InfoSociale.Core.Analysis;

namespace InfoSociale.Tests.Analysis;

public sealed class TypoCorrectorTests
{
    private static readonly TypoVocabulary Vocabulary = new(new Dictionary<string, int>
    {
        ["logement"] = 12, ["urgence"] = 8, ["allocation"] = 9, ["hebergement"] = 5, ["manger"] = 3,
        ["ranger"] = 1, ["loyer"] = 7, ["avs"] = 4, ["subside"] = 2, ["subsides"] = 1,
    });

    private static string[] Corrections(string text) =>
        Tokens.Analyzer.AnalyzeQuery(text, Vocabulary).Where(token => token.IsExpansion && token.Weight < 1).Texts();

    [Theory]
    [InlineData("lokement", new[] { "loge" })]
    [InlineData("urgense", new[] { "urgenc" })]
    [InlineData("alocation", new[] { "aloc" })]
    [InlineData("hebergemant", new[] { "heberg" })]
    [InlineData("hebrgemnt", new[] { "heberg" })]
    [InlineData("lgoement", new[] { "loge" })]
    public void Corrects_a_typo_towards_a_known_word(string word, string[] expected) =>
        Corrections(word).Should().Contain(expected);

    [Theory]
    [InlineData("loyr")]
    [InlineData("avz")]
    [InlineData("AVZ")]
    [InlineData("3918")]
    [InlineData("logement")]
    [InlineData("lkmnt")]
    public void Leaves_short_words_codes_known_words_and_distant_words_alone(string word) =>
        Corrections(word).Should().BeEmpty();

    [Theory]
    [InlineData("mang", 0)]
    [InlineData("manger", 1)]
    [InlineData("mange", 1)]
    [InlineData("lokement", 1)]
    [InlineData("alocation", 2)]
    [InlineData("C2S", 0)]
    [InlineData("loyr", 0)]
    public void Allows_edits_by_word_length(string word, int expected) => TypoCorrector.AllowedEdits(word).Should().Be(expected);

    [Fact]
    public void Keeps_the_candidate_set_small() =>
        Vocabulary.Nearest("subsidez", 2, TypoCorrector.MaxCandidates).Should().HaveCount(TypoCorrector.MaxCandidates);

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
