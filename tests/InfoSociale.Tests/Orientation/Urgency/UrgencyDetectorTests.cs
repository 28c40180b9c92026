using InfoSociale.Core;
using InfoSociale.Core.KnowledgeBase;
using InfoSociale.Core.Orientation.Urgency;

namespace InfoSociale.Tests.Orientation.Urgency;

public class UrgencyDetectorTests
{
    private static readonly EntryCatalog Catalog = KnowledgeBaseLoader.Load(ProjectPaths.KnowledgeBase).Catalog;

    // As the assistant runs it: urgences.txt plus the keywords of the urgence entries.
    private static readonly UrgencyDetector Detector =
        new(UrgencyLexiconLoader.Load(UrgencyLexiconLoader.DefaultPath).WithEntryKeywords(Catalog.Entries));

    private static readonly UrgencyDetector LexiconOnly = new(UrgencyLexiconLoader.Load(UrgencyLexiconLoader.DefaultPath));

    public static TheoryData<string, string, string> EntryKeywords()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var entry in Catalog.Entries.Where(e => e.Kind == EntryKind.Urgence))
        foreach (var keyword in entry.Keywords)
            data.Add(entry.Id, keyword, entry.Situation!);
        return data;
    }

    [Theory]
    // Violence at home
    [InlineData("il me tape", "violence")]
    [InlineData("mon mari me frappe", "violence")]
    [InlineData("mon copain me frape", "violence")]
    [InlineData("mon mec mtape tous les soirs", "violence")]
    [InlineData("il m'a frappée hier soir", "violence")]
    [InlineData("je suis battue", "violence")]
    [InlineData("je subis des violences conjugales", "violence")]
    [InlineData("violance conjugal", "violence")]
    [InlineData("il y a de la violence à la maison", "violence")]
    [InlineData("mon mari menace de me tuer", "violence")]
    [InlineData("jai peur de mon mari", "violence")]
    [InlineData("il me bat", "violence")]
    [InlineData("il m'a étranglée", "violence")]
    [InlineData("mon conjoint est très violent", "violence")]
    [InlineData("il me tape de plus en plus", "violence")]
    // A child in danger
    [InlineData("mon voisin frappe son enfant", "enfant-en-danger")]
    [InlineData("je crois qu'un enfant est maltraité", "enfant-en-danger")]
    [InlineData("maltraitance", "enfant-en-danger")]
    [InlineData("je pense qu'un enfant est en danger", "enfant-en-danger")]
    [InlineData("mon fils se fait frapper par son père", "enfant-en-danger")]
    [InlineData("attouchements sur ma fille", "enfant-en-danger")]
    [InlineData("abus sexuels sur un enfant", "enfant-en-danger")]
    [InlineData("jsuis ado et mes parents me tapent", "enfant-en-danger")]
    [InlineData("mon beau-père me frappe, j'ai 14 ans", "enfant-en-danger")]
    [InlineData("ma fille a fugué", "enfant-en-danger")]
    [InlineData("il a secoué le bébé", "enfant-en-danger")]
    [InlineData("les enfants du voisin se font battre", "enfant-en-danger")]
    // Thoughts of suicide
    [InlineData("jveu mourir", "suicide")]
    [InlineData("je veux mourir", "suicide")]
    [InlineData("envie d'en finir", "suicide")]
    [InlineData("j'ai envie de me suicider", "suicide")]
    [InlineData("je pense au suicide", "suicide")]
    [InlineData("je vais me tuer", "suicide")]
    [InlineData("j'en peux plus je veux en finir", "suicide")]
    [InlineData("plus envie de vivre", "suicide")]
    [InlineData("je n'ai plus envie de vivre", "suicide")]
    [InlineData("je veux plus vivre", "suicide")]
    [InlineData("je vais sauter du pont", "suicide")]
    [InlineData("idées suicidaires", "suicide")]
    [InlineData("g envie de mourir", "suicide")]
    [InlineData("je veux me foutre en l'air", "suicide")]
    [InlineData("je pense au suiside", "suicide")]
    [InlineData("envie de me suisider", "suicide")]
    [InlineData("JE VEUX MOURRIR", "suicide")]
    [InlineData("je veux vraiment mourir", "suicide")]
    // Nowhere to sleep tonight
    [InlineData("je dors dehors ce soir", "sans-abri-ce-soir")]
    [InlineData("je suis à la rue", "sans-abri-ce-soir")]
    [InlineData("je n'ai nulle part où dormir", "sans-abri-ce-soir")]
    [InlineData("mon mari m'a mise dehors", "sans-abri-ce-soir")]
    [InlineData("pas de toit ce soir", "sans-abri-ce-soir")]
    [InlineData("je dors dans ma voiture", "sans-abri-ce-soir")]
    [InlineData("sans abri ce soir", "sans-abri-ce-soir")]
    [InlineData("jsais pas ou dormir ce soir", "sans-abri-ce-soir")]
    [InlineData("on a été expulsés aujourd'hui, on dort où ?", "sans-abri-ce-soir")]
    [InlineData("je suis SDF", "sans-abri-ce-soir")]
    [InlineData("besoin d'un hébergement d'urgence", "sans-abri-ce-soir")]
    [InlineData("hebergement urgence", "sans-abri-ce-soir")]
    [InlineData("mes parents m'ont mis à la porte", "sans-abri-ce-soir")]
    [InlineData("je veux pas dormir dehors", "sans-abri-ce-soir")]
    [InlineData("je dormirais dehors ce soir si personne m'aide", "sans-abri-ce-soir")]
    // Poisoning
    [InlineData("mon fils a bu de la javel", "empoisonnement")]
    [InlineData("ma fille a avalé des médicaments", "empoisonnement")]
    [InlineData("il a avalé un produit ménager", "empoisonnement")]
    [InlineData("intoxication au monoxyde de carbone", "empoisonnement")]
    [InlineData("empoisonnement", "empoisonnement")]
    [InlineData("mon bébé a mangé une pile", "empoisonnement")]
    [InlineData("mon enfant a bu du produit vaisselle", "empoisonnement")]
    [InlineData("j'ai pris trop de médicaments", "empoisonnement")]
    [InlineData("overdose", "empoisonnement")]
    [InlineData("il a mangé des champignons, je crois qu'ils sont toxiques", "empoisonnement")]
    [InlineData("mon fils a bu de la javelle", "empoisonnement")]
    // Medical emergency
    [InlineData("il ne respire plus", "urgence-medicale")]
    [InlineData("il respire plus", "urgence-medicale")]
    [InlineData("ma mère a fait un malaise", "urgence-medicale")]
    [InlineData("crise cardiaque", "urgence-medicale")]
    [InlineData("il est inconscient", "urgence-medicale")]
    [InlineData("il saigne beaucoup", "urgence-medicale")]
    [InlineData("j'ai une douleur forte dans la poitrine", "urgence-medicale")]
    [InlineData("elle fait un AVC", "urgence-medicale")]
    [InlineData("mon mari ne se réveille pas", "urgence-medicale")]
    [InlineData("accident grave dans la rue", "urgence-medicale")]
    [InlineData("il fait une crise d'épilepsie", "urgence-medicale")]
    [InlineData("il s'est évanoui", "urgence-medicale")]
    [InlineData("il s'est évanouit", "urgence-medicale")]
    // Danger in general
    [InlineData("au secours", "danger")]
    [InlineData("ça sent le gaz dans la cuisine", "danger")]
    [InlineData("il y a le feu chez le voisin", "danger")]
    [InlineData("on m'agresse dans la rue", "danger")]
    public void Detects_the_urgent_situation(string message, string situation)
    {
        Detector.Detect(message).Select(s => s.Id).Should().Contain(situation);
    }

    [Theory]
    [MemberData(nameof(EntryKeywords))]
    public void Every_keyword_of_an_urgence_entry_detects_the_entry_s_situation(string entry, string keyword, string situation)
    {
        Detector.Detect(keyword).Select(s => s.Id).Should().Contain(situation, $"{entry} lists \"{keyword}\"");
    }

    // Phrasings only the urgence entries' keywords know (urgences.txt alone misses them), typos and spoken French included.
    [Theory]
    [InlineData("mon ex me harcèle tous les jours", "violence")]
    [InlineData("mon ex me harcele", "violence")]
    [InlineData("le voisin crie et frappe", "violence")]
    [InlineData("des disputes violentes chaque soir", "violence")]
    [InlineData("on veut me marier, c'est un mariage forcé", "violence")]
    [InlineData("j'ai subi une agression sexuelle", "violence")]
    [InlineData("jai des idées noires", "suicide")]
    [InlineData("j'ai des idees noirs", "suicide")]
    [InlineData("un enfant négligé dans mon immeuble", "enfant-en-danger")]
    [InlineData("comment joindre allo enfance", "enfant-en-danger")]
    [InlineData("je voudrais signaler un enfant", "enfant-en-danger")]
    [InlineData("ma fille se scarifie, scarification", "enfant-en-danger")]
    [InlineData("il a respiré un produit", "empoisonnement")]
    [InlineData("du produit dans les yeux", "empoisonnement")]
    [InlineData("le numéro du centre antipoison", "empoisonnement")]
    [InlineData("chassé de chez moi hier soir", "sans-abri-ce-soir")]
    [InlineData("pas de logement ce soir", "sans-abri-ce-soir")]
    public void Detects_what_only_the_urgence_entries_say(string message, string situation)
    {
        LexiconOnly.Detect(message).Select(s => s.Id).Should().NotContain(situation, "this row must prove the entries' part");
        Detector.Detect(message).Select(s => s.Id).Should().Contain(situation);
    }

    [Theory]
    [InlineData("mon père est mort l'an dernier, je cherche une aide pour ma mère")]
    [InlineData("je cherche un film sur le suicide")]
    [InlineData("aide pour l'hébergement de mon fils étudiant l'an prochain")]
    [InlineData("comment nourrir mes enfants avec un petit budget")]
    [InlineData("je tape mon CV à l'ordinateur")]
    [InlineData("je cherche une place en crèche pour mon enfant")]
    [InlineData("je veux mourir de rire")]
    [InlineData("cette paperasse me tue")]
    [InlineData("je suis mort de fatigue")]
    [InlineData("je veux en finir avec mes dettes")]
    [InlineData("je ne veux pas mourir seul, je cherche un EMS")]
    [InlineData("je n'ai pas envie de mourir, je cherche des infos sur la retraite")]
    [InlineData("il ne me frappe plus, je cherche un avocat pour le divorce")]
    [InlineData("mon propriétaire me menace d'expulsion")]
    [InlineData("mon voisin me tape sur les nerfs")]
    [InlineData("je cherche un tapis pour enfants")]
    [InlineData("elle se bat pour ses enfants, elle cherche un emploi")]
    [InlineData("mes enfants restent seuls à la maison après l'école")]
    [InlineData("je dors chez ma soeur en attendant un logement")]
    [InlineData("comment faire un don pour aider les sans abri")]
    [InlineData("mon fils a avalé une pile l'an dernier, qui paie la facture de l'hôpital ?")]
    [InlineData("intoxication alimentaire")]
    [InlineData("je fais un exposé sur les violences conjugales")]
    [InlineData("je suis sérieux, je cherche un travail")]
    [InlineData("formation aux premiers secours")]
    [InlineData("frapper à la porte du service des enfants")]
    [InlineData("bonjour, je cherche une aide pour payer mon loyer")]
    [InlineData("où dormir à l'hôtel pendant les vacances")]
    // Search-only keywords of the urgence entries: too broad to mean an emergency alone
    [InlineData("je cherche une école pour mon fils")]
    [InlineData("j'ai eu un accident de travail, qui paie ?")]
    [InlineData("aidez-moi à trouver un logement")]
    [InlineData("c'est urgent, mon dossier de logement")]
    [InlineData("je me sens seul le soir, y a-t-il des activités ?")]
    [InlineData("je fais une dépression, je cherche un psychologue")]
    [InlineData("mon fils a un problème avec mes parents")]
    [InlineData("harcèlement au travail")]
    [InlineData("je cherche un foyer pour étudiants")]
    [InlineData("comment nettoyer avec de l'eau de javel")]
    [InlineData("certificat de bonne vie et moeurs à la police")]
    [InlineData("mon appartement a brûlé dans un incendie l'an dernier, l'assurance ne paie pas")]
    [InlineData("j'ai besoin de parler à quelqu'un pour mes impôts")]
    public void Does_not_raise_a_false_alarm(string message)
    {
        Detector.Detect(message).Should().BeEmpty();
    }

    [Fact]
    public void Search_only_keywords_detect_nothing_on_their_own()
    {
        var broad = Catalog.Entries.SelectMany(e => e.SearchOnlyKeywords)
            .Where(k => LexiconOnly.Detect(k).Count == 0 && !Catalog.Entries.Any(e => e.Keywords.Contains(k)))
            .ToList();

        broad.Should().NotBeEmpty().And.OnlyContain(k => Detector.Detect(k).Count == 0);
    }

    [Fact]
    public void Lists_the_most_pressing_situation_first()
    {
        Detector.Detect("il me frappe et je veux mourir").Select(s => s.Id)
            .Should().Equal("suicide", "violence");
    }

    [Theory]
    [InlineData("suicide", "ge", "ge-main-tendue-143")]
    [InlineData("suicide", "paris", "paris-3114")]
    [InlineData("enfant-en-danger", "ge", "ge-pro-juventute-147")]
    [InlineData("enfant-en-danger", "paris", "paris-119")]
    [InlineData("violence", "ge", "ge-ligne-violences-domestiques")]
    [InlineData("violence", "paris", "paris-3919")]
    [InlineData("sans-abri-ce-soir", "ge", "ge-hebergement-urgence")]
    [InlineData("sans-abri-ce-soir", "paris", "paris-115")]
    [InlineData("empoisonnement", "ge", "ge-tox-info-145")]
    [InlineData("urgence-medicale", "paris", "paris-urgences-15-17-18-112")]
    public void Points_each_situation_to_its_territory_s_numbers_first(string situation, string territory, string firstEntry)
    {
        Detector.Lexicon.Situation(situation).EntriesFor(territory)[0].Should().Be(firstEntry);
    }
}
