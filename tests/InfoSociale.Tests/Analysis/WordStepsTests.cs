using InfoSociale.Core.Analysis;

namespace InfoSociale.Tests.Analysis;

// The steps before the stemmer, through the analyzer: words, elision, codes, case, accents, spoken
// spellings, stop words. One table per step.
public sealed class WordStepsTests
{
    private static string[] Words(string text) => Tokens.Words.Read(text).Texts();

    [Theory]
    [InlineData("Rente AVS/AI", new[] { "rente", "avs", "ai" })]
    [InlineData("la C2S et le 3919", new[] { "c2s", "3919" })]
    [InlineData("appelez le 0800 222 210", new[] { "appelez", "0800", "222", "210" })]
    [InlineData("assurance-maladie", new[] { "assurance", "maladie" })]
    [InlineData("aide!!! 😀 logement???", new[] { "aide", "logement" })]
    [InlineData("مساعدة سكن", new[] { "مساعدة", "سكن" })]
    [InlineData("?!;:,.", new string[0])]
    public void Splits_words_and_keeps_codes_whole(string text, string[] expected) => Words(text).Should().Equal(expected);

    [Theory]
    [InlineData("l'aide", "aide")]
    [InlineData("d'urgence", "urgence")]
    [InlineData("s'inscrire", "inscrire")]
    [InlineData("m'aider", "aider")]
    [InlineData("t'appelle", "appelle")]
    [InlineData("L'AVS", "avs")]
    [InlineData("l’hébergement", "hebergement")]
    [InlineData("logement", "logement")]
    public void Strips_the_elided_article_before_a_word(string word, string expected) => Words(word).Should().Equal(expected);

    [Theory]
    [InlineData("hébergement", "hebergement")]
    [InlineData("crèche", "creche")]
    [InlineData("Régie", "regie")]
    [InlineData("noël", "noel")]
    [InlineData("sœur", "soeur")]
    public void Folds_case_accents_and_ligatures(string word, string expected) => Words(word).Should().Equal(expected);

    [Theory]
    [InlineData("AVS", true)]
    [InlineData("avs", true)]
    [InlineData("Apl", true)]
    [InlineData("C2S", true)]
    [InlineData("3919", true)]
    [InlineData("AI", true)]
    [InlineData("ai", false)]
    [InlineData("Ai", false)]
    [InlineData("logement", false)]
    public void Marks_codes_and_words_with_digits(string word, bool expected) => Tokens.Data.Codes.IsCode(word).Should().Be(expected);

    [Fact]
    public void Keeps_a_code_through_the_whole_chain() =>
        Tokens.Analyzer.Terms("les HLM et l'APL, la rente AI").Should().Equal("hlm", "apl", "rent", "ai");

    [Theory]
    [InlineData("je veux de l'aide pour mon loyer", new[] { "aide", "loy" })]
    [InlineData("Bonjour, est-ce que vous pouvez m'aider svp", new[] { "aid" })]
    [InlineData("où à été", new string[0])]
    [InlineData("rente AI", new[] { "rent", "ai" })]
    [InlineData("rente ai", new[] { "rent" })]
    [InlineData("je cherche un médecin", new[] { "medecin" })]
    [InlineData("j'ai trouvé un logement", new[] { "loge" })]
    [InlineData("j'arrive pas à payer", new[] { "pay" })]
    [InlineData("je viens d'arriver", new[] { "vien", "ariv" })]
    [InlineData("pas assez d'argent", new[] { "argent" })]
    public void Drops_words_without_meaning_for_search_but_never_a_code(string text, string[] expected) =>
        Tokens.Analyzer.Terms(text).Should().Equal(expected);

    [Theory]
    [InlineData("jai pa de kwa manger", new[] { "mang" })]
    [InlineData("chui a la rue", new[] { "rue" })]
    [InlineData("ya pa de travail", new[] { "travail" })]
    [InlineData("bcp de dettes stp", new[] { "dete" })]
    [InlineData("pb de logmt", new[] { "problem", "loge" })]
    public void Rewrites_spoken_and_sms_spellings_to_written_words(string text, string[] expected) =>
        Tokens.Analyzer.Terms(text).Should().Equal(expected);

    [Fact]
    public void Keeps_the_position_of_the_spoken_word() =>
        Tokens.Words.Read("pb logement").Select(token => token.Position).Should().Equal(0, 1);
}
