using InfoSociale.Core.Orientation.Profile;

namespace InfoSociale.Tests.Orientation.Profile;

// Against the shipped knowledge-base/analysis/publics.txt: what residents write about themselves.
public class ProfileRecognizerTests
{
    private static readonly ProfileRecognizer Recognizer = new(ProfileLexiconLoader.Load(ProfileLexiconLoader.DefaultPath));

    [Theory]
    [InlineData("je suis retraité", "retraite")]
    [InlineData("Je suis retraitée", "retraite")]
    [InlineData("je suis une retraitée", "retraite")]
    [InlineData("je suis à la retraite depuis 2019", "retraite")]
    [InlineData("je suis retraitee", "retraite")]
    [InlineData("je suis retraitéé", "retraite")]
    [InlineData("chui retraité", "retraite")]
    [InlineData("jsuis a la retraite", "retraite")]
    [InlineData("j'ai pris ma retraite l'an dernier", "retraite")]
    [InlineData("je suis étudiant", "etudiant")]
    [InlineData("je suis étudiante en droit", "etudiant")]
    [InlineData("je suis etudinate", "etudiant")]
    [InlineData("je suis apprentie", "apprenti")]
    [InlineData("je suis maman solo", "parent-solo")]
    [InlineData("je suis seule avec mes enfants", "parent-solo")]
    [InlineData("je suis seul avec mes deux enfants", "parent-solo")]
    [InlineData("je suis mère célibataire", "parent-solo")]
    [InlineData("je suis maman de deux enfants", "parent")]
    [InlineData("je viens d'arriver en Suisse", "arrivee-pays")]
    [InlineData("je viens d'arriver en France", "arrivee-pays")]
    [InlineData("je viens d'arriver", "arrivee")]
    [InlineData("je suis au chômage", "chomage")]
    [InlineData("je suis au chommage", "chomage")]
    [InlineData("je suis chômeuse", "chomage")]
    [InlineData("j'ai perdu mon travail", "chomage")]
    [InlineData("je suis en situation de handicap", "handicap")]
    [InlineData("je suis handicapée", "handicap")]
    [InlineData("je suis en situation d'handicap", "handicap")]
    [InlineData("je suis enceinte", "enceinte")]
    [InlineData("je suis enciente", "enceinte")]
    [InlineData("je suis une femme enceinte", "enceinte")]
    [InlineData("je suis sans papiers", "sans-papiers")]
    [InlineData("je n'ai pas de papiers", "sans-papiers")]
    [InlineData("je suis réfugié", "asile")]
    [InlineData("je suis locataire", "locataire")]
    [InlineData("je vis seule", "seul")]
    [InlineData("je suis en couple", "couple")]
    [InlineData("je m'occupe de ma mère malade", "proche-aidant")]
    [InlineData("je suis mineure", "mineur")]
    [InlineData("je ne peux plus travailler", "inapte")]
    [InlineData("je touche le RSA", "aide-sociale")]
    [InlineData("je travaille à temps partiel", "salarie")]
    [InlineData("je travaille à mon compte", "independant")]
    public void Recognizes_one_statement(string message, string statement)
    {
        Ids(message).Should().Equal(statement);
    }

    [Theory]
    [InlineData("j'ai 72 ans", "age-aine", "72")]
    [InlineData("jai 72 ans", "age-aine", "72")]
    [InlineData("g 19 ans", "age-jeune", "19")]
    [InlineData("j'ai 19 ans", "age-jeune", "19")]
    [InlineData("j'ai soixante-douze ans", "age-aine", "72")]
    [InlineData("j'ai septante-deux ans", "age-aine", "72")]
    [InlineData("j'ai dix-neuf ans", "age-jeune", "19")]
    [InlineData("j'ai 40 ans", "age-adulte", "40")]
    [InlineData("je suis âgée de 81 ans", "age-aine", "81")]
    [InlineData("j'ai 3 enfants", "enfants", "3")]
    [InlineData("j'ai trois enfants", "enfants", "3")]
    public void Reads_the_number_said(string message, string statement, string number)
    {
        var found = Recognizer.Recognize(message)!.Statements.Should().ContainSingle().Which;

        (found.Statement.Id, found.Number).Should().Be((statement, number));
    }

    [Theory]
    [InlineData("je suis retraitée et j'ai 72 ans", "retraite", "age-aine")]
    [InlineData("j'ai 19 ans et je suis étudiante", "age-jeune", "etudiant")]
    [InlineData("je ne suis plus étudiante, je suis au chômage", "chomage")]
    [InlineData("je suis mariée avec 2 enfants", "couple")]
    [InlineData("je viens d'arriver en France et je suis enceinte", "enceinte", "arrivee-pays")]
    public void Recognizes_several_statements_in_one_message(string message, params string[] statements)
    {
        Ids(message).Should().BeEquivalentTo(statements);
    }

    // Someone else's situation is not the resident's: a resident often asks for their mother or their child.
    [Theory]
    [InlineData("ma mère est retraitée")]
    [InlineData("mon père est à la retraite, que peut-il toucher ?")]
    [InlineData("mon fils a 19 ans")]
    [InlineData("ma fille est enceinte")]
    [InlineData("mon mari est au chômage")]
    [InlineData("je suis la fille d'une retraitée")]
    [InlineData("je suis le père d'un étudiant")]
    [InlineData("j'ai travaillé 20 ans")]
    [InlineData("j'ai 3 mois de loyer en retard")]
    [InlineData("je suis grand-mère de 3 petits-enfants")]
    [InlineData("je cherche du travail pour mon fils")]
    public void Notes_nothing_about_someone_else_or_a_false_friend(string message)
    {
        Recognizer.Recognize(message).Should().BeNull();
    }

    [Theory]
    [InlineData("mon fils a 19 ans")]
    [InlineData("ma mère a 80 ans")]
    [InlineData("j'ai un fils de 19 ans")]
    [InlineData("j'ai 2 enfants de 5 ans")]
    [InlineData("j'ai bientôt 65 ans")]
    public void Takes_no_age_but_the_residents_own(string message)
    {
        Ids(message).Should().NotContain(id => id.StartsWith("age-"));
    }

    [Theory]
    [InlineData("je ne suis pas retraité")]
    [InlineData("je suis pas retraitée")]
    [InlineData("je ne suis plus étudiant")]
    [InlineData("je ne suis pas au chômage")]
    [InlineData("je suis bientôt retraité")]
    [InlineData("je suis presque à la retraite")]
    [InlineData("je ne suis pas enceinte")]
    [InlineData("je n'ai pas 65 ans")]
    [InlineData("je ne vis pas seule")]
    public void Notes_nothing_denied_or_not_yet_true(string message)
    {
        Recognizer.Recognize(message).Should().BeNull();
    }

    [Theory]
    [InlineData("aide pour payer mon loyer")]
    [InlineData("je suis perdue")]
    [InlineData("je suis restée chez moi")]
    [InlineData("je suis sûre de moi")]
    [InlineData("je cherche un médecin")]
    [InlineData("bonjour")]
    public void Notes_nothing_in_a_plain_question(string message)
    {
        Recognizer.Recognize(message).Should().BeNull();
    }

    [Theory]
    [InlineData("je suis retraitée", true)]
    [InlineData("Bonjour, moi je suis retraitée depuis 2 ans.", true)]
    [InlineData("j'ai 72 ans et je suis veuve", true)]
    [InlineData("je suis retraité, j'ai besoin d'aide pour payer mon loyer", false)]
    [InlineData("je suis étudiante, quelles aides pour le logement ?", false)]
    public void Tells_a_plain_statement_from_a_question(string message, bool onlyThat)
    {
        Recognizer.Recognize(message)!.SaysOnlyThat.Should().Be(onlyThat);
    }

    [Fact]
    public void Gives_the_publics_and_the_facts_a_parcours_would_set()
    {
        var said = Recognizer.Recognize("je suis maman solo et j'ai 24 ans")!;

        said.Publics.Should().BeEquivalentTo("parents-isoles", "familles", "jeunes");
        said.Facts.Should().BeEquivalentTo(new Dictionary<string, string> { ["household"] = "seul", ["children"] = "1+", ["age"] = "24" });
    }

    private static IEnumerable<string> Ids(string message) =>
        Recognizer.Recognize(message)?.Statements.Select(s => s.Statement.Id) ?? [];
}
