using InfoSociale.Core;
using InfoSociale.Core.KnowledgeBase;
using InfoSociale.Core.Orientation.Urgency;

namespace InfoSociale.Tests.Orientation.Urgency;

// Residents report an urgent situation of someone else in their own words: a child of the neighbourhood, an elderly
// neighbour, a friend or relative. The lexicon says who and what happens to them as word classes, so phrasings
// written here (not copied into urgences.txt) are found, and everyday sentences about the same people are not.
public class ReportsAboutSomeoneElseTests
{
    private static readonly EntryCatalog Catalog = KnowledgeBaseLoader.Load(ProjectPaths.KnowledgeBase).Catalog;

    private static readonly UrgencyDetector Detector =
        new(UrgencyLexiconLoader.Load(UrgencyLexiconLoader.DefaultPath).WithEntryKeywords(Catalog.Entries));

    [Theory]
    // A child of the neighbourhood in danger
    [InlineData("le petit du voisin se fait frapper tous les soirs", "enfant-en-danger")]
    [InlineData("je crois que ma voisine maltraite sa fille", "enfant-en-danger")]
    [InlineData("mon voisin bat son fils, je l'entends à travers le mur", "enfant-en-danger")]
    [InlineData("la petite d'à côté a des bleus partout", "enfant-en-danger")]
    [InlineData("un gamin de mon immeuble est laissé seul depuis trois jours", "enfant-en-danger")]
    [InlineData("les enfants du 3e sont enfermés seuls dans l'appartement", "enfant-en-danger")]
    [InlineData("la petite du dessus n'a pas mangé depuis deux jours", "enfant-en-danger")]
    [InlineData("le fils de ma voisine a des marques de coups sur les bras", "enfant-en-danger")]
    [InlineData("j'entends des coups et un enfant qui crie chez les voisins", "enfant-en-danger")]
    [InlineData("un gosse dort dehors devant l'école depuis hier", "enfant-en-danger")]
    [InlineData("le beau-père du petit le cogne", "enfant-en-danger")]
    [InlineData("la nounou secoue le bébé quand il pleure", "enfant-en-danger")]
    [InlineData("mon neveu prend des coups à la maison", "enfant-en-danger")]
    [InlineData("une ado de ma rue est en danger chez elle", "enfant-en-danger")]
    [InlineData("les voisins tapent leurs enfants avec une ceinture", "enfant-en-danger")]
    // An elderly neighbour in distress
    [InlineData("ma voisine âgée ne répond plus depuis deux jours", "urgence-medicale")]
    [InlineData("le vieux monsieur d'en face est tombé et n'arrive pas à se relever", "urgence-medicale")]
    [InlineData("j'entends ma vieille voisine appeler à l'aide", "urgence-medicale")]
    [InlineData("la dame âgée du 2e est par terre dans l'escalier", "urgence-medicale")]
    [InlineData("mon voisin de 85 ans, âgé et seul, ne bouge plus", "urgence-medicale")]
    [InlineData("on n'a pas vu la vieille dame du 4e depuis cinq jours", "urgence-medicale")]
    [InlineData("ma grand-mère est tombée, elle ne peut pas se relever", "urgence-medicale")]
    [InlineData("mon papy ne répond pas depuis ce matin", "urgence-medicale")]
    [InlineData("mon voisin est tombé dans la cour et ne bouge plus", "urgence-medicale")]
    [InlineData("mon collègue a fait un malaise au bureau", "urgence-medicale")]
    [InlineData("un sdf est par terre et ne bouge plus", "urgence-medicale")]
    [InlineData("une dame dans la rue ne respire plus", "urgence-medicale")]
    // A friend or relative at risk
    [InlineData("mon ami dit qu'il veut mourir", "suicide")]
    [InlineData("ma copine parle de se tuer", "suicide")]
    [InlineData("mon pote menace de sauter du pont", "suicide")]
    [InlineData("ma fille pense à se suicider", "suicide")]
    [InlineData("mon frère ne veut plus vivre", "suicide")]
    [InlineData("ma meilleure amie se scarifie", "suicide")]
    [InlineData("mon coloc s'est ouvert les veines", "suicide")]
    [InlineData("ma soeur m'a écrit une lettre d'adieu", "suicide")]
    [InlineData("mon fils veut en finir", "suicide")]
    [InlineData("ma copine dit qu'elle va en finir ce soir", "suicide")]
    [InlineData("mon mari veut se foutre en l'air", "suicide")]
    public void A_report_about_someone_else_is_urgent(string message, string situation)
    {
        Detector.Detect(message).Select(s => s.Id).Should().Contain(situation, message);
    }

    [Theory]
    // The same people, everyday life
    [InlineData("le petit du voisin cherche une place en crèche")]
    [InlineData("mon fils a besoin de cours de soutien")]
    [InlineData("mon fils bat tout le monde aux échecs")]
    [InlineData("le voisin tape à la porte et mon fils a peur du bruit")]
    [InlineData("ma fille tape sur son clavier toute la journée")]
    [InlineData("les enfants des voisins jouent dehors tard le soir")]
    [InlineData("le bébé des voisins pleure la nuit")]
    [InlineData("mon ado s'est enfermé dans sa chambre après la dispute")]
    [InlineData("mon fils a abandonné ses études, que faire ?")]
    [InlineData("ma voisine âgée cherche une aide à domicile")]
    [InlineData("mon voisin âgé voudrait des repas livrés")]
    [InlineData("ma grand-mère est tombée d'accord pour aller en EMS")]
    [InlineData("mon ami ne répond plus à mes messages")]
    [InlineData("la vieille dame du 3e ne répond pas au courrier de la régie")]
    [InlineData("ma copine est tombée amoureuse")]
    [InlineData("mon ami veut mourir de rire devant ce film")]
    [InlineData("mon frère ne veut plus vivre chez nos parents")]
    [InlineData("ma mère ne veut plus vivre en appartement")]
    [InlineData("mon pote veut en finir avec ses dettes")]
    [InlineData("ma soeur pense à sauter en parachute")]
    [InlineData("mon ami a peur de mourir de froid cet hiver dans son logement")]
    [InlineData("une personne âgée peut-elle avoir une aide pour le loyer ?")]
    public void Everyday_sentences_about_others_are_not_urgent(string message)
    {
        Detector.Detect(message).Select(s => s.Id).Should().BeEmpty(message);
    }

    [Fact]
    public void A_word_class_stands_for_each_of_its_words_and_must_be_defined_above()
    {
        var lexicon = UrgencyLexiconLoader.Parse(["qui = voisin | ami", "mal = est tombe | ne bouge plus", "x + {qui} ... {mal}"], "t.txt");
        var detector = new UrgencyDetector(lexicon);

        detector.Detect("mon ami ne bouge plus").Should().ContainSingle();
        detector.Detect("mon voisin est tombé").Should().ContainSingle();
        detector.Detect("mon chat est tombé").Should().BeEmpty();
        var undefined = () => UrgencyLexiconLoader.Parse(["x + {qui} tombe", "qui = voisin"], "t.txt");
        undefined.Should().Throw<DataFileException>().WithMessage("t.txt:1: unknown word class {qui}*");
    }
}
