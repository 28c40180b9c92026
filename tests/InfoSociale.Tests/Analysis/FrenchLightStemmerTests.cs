using InfoSociale.Core.Analysis;

namespace InfoSociale.Tests.Analysis;

// Words are given folded (no accents), as the analysis hands them to the stemmer.
public sealed class FrenchLightStemmerTests
{
    [Theory]
    [InlineData("aides", "aide")]
    [InlineData("enfants", "enfant")]
    [InlineData("chevaux", "cheval")]
    [InlineData("sociaux", "social")]
    [InlineData("jeux", "jeu")]
    [InlineData("bijoux", "bijou")]
    public void Removes_plural_endings(string word, string expected) => FrenchLightStemmer.Stem(word).Should().Be(expected);

    [Theory]
    [InlineData("sociale", "social")]
    [InlineData("familiale", "familial")]
    [InlineData("retraitee", "retrait")]
    [InlineData("retraite", "retrait")]
    [InlineData("isolee", "isol")]
    [InlineData("isole", "isol")]
    [InlineData("etrangere", "etrang")]
    [InlineData("etranger", "etrang")]
    [InlineData("travailleuse", "travaileu")]
    [InlineData("travailleur", "travaileu")]
    [InlineData("directrice", "direct")]
    [InlineData("directeur", "direct")]
    public void Makes_feminine_and_masculine_forms_equal(string word, string expected) =>
        FrenchLightStemmer.Stem(word).Should().Be(expected);

    [Theory]
    [InlineData("logement", "loge")]
    [InlineData("logements", "loge")]
    [InlineData("hebergement", "heberg")]
    [InlineData("rapidement", "rapid")]
    [InlineData("gratuitement", "gratuit")]
    [InlineData("activement", "actif")]
    public void Removes_ment(string word, string expected) => FrenchLightStemmer.Stem(word).Should().Be(expected);

    [Theory]
    [InlineData("heberger", "heberg")]
    [InlineData("payer", "pay")]
    [InlineData("manger", "mang")]
    [InlineData("travailler", "travail")]
    [InlineData("travail", "travail")]
    [InlineData("maladie", "malad")]
    [InlineData("malade", "malad")]
    [InlineData("allocation", "aloc")]
    [InlineData("allocations", "aloc")]
    [InlineData("alloc", "aloc")]
    [InlineData("inscription", "inscription")]
    [InlineData("urgence", "urgenc")]
    [InlineData("urgences", "urgenc")]
    public void Conflates_verb_and_noun_forms(string word, string expected) => FrenchLightStemmer.Stem(word).Should().Be(expected);

    [Theory]
    [InlineData("economique", "econom")]
    [InlineData("personnelle", "person")]
    [InlineData("complete", "complet")]
    [InlineData("deuxieme", "deux")]
    [InlineData("verification", "verific")]
    [InlineData("indicateur", "indiqu")]
    public void Handles_derivational_suffixes(string word, string expected) => FrenchLightStemmer.Stem(word).Should().Be(expected);

    [Theory]
    [InlineData("loi", "loi")]
    [InlineData("toit", "toit")]
    [InlineData("bus", "bus")]
    [InlineData("ai", "ai")]
    [InlineData("", "")]
    public void Leaves_short_words_alone(string word, string expected) => FrenchLightStemmer.Stem(word).Should().Be(expected);
}
