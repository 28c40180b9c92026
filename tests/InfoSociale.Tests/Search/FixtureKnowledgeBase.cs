using InfoSociale.Core;
using InfoSociale.Core.Analysis;
using InfoSociale.Core.KnowledgeBase;
using InfoSociale.Core.Search;

namespace InfoSociale.Tests.Search;

// A small knowledge base written in code, its index in a temporary folder, and the real analysis data.
public sealed class FixtureKnowledgeBase : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("infosociale-search-").FullName;

    public FixtureKnowledgeBase()
    {
        Analyzer = FrenchAnalyzer.Load(Path.Combine(ProjectPaths.KnowledgeBase, "analysis"));
        IndexPath = Path.Combine(folder, "search-index");
        SearchIndexBuilder.Build(Entries, Analyzer, IndexPath);
        Search = KnowledgeSearch.Open(IndexPath, Analyzer);
    }

    public FrenchAnalyzer Analyzer { get; }
    public string IndexPath { get; }
    public KnowledgeSearch Search { get; }

    public IReadOnlyList<SearchHit> Ask(string query, string territory = "ge", int top = 5) =>
        Search.Search(new SearchRequest(query, territory, top));

    public static Entry Make(string id, string title, string summary, string body, string[] keywords,
        EntryKind kind = EntryKind.Prestation, string[]? publics = null, string[]? themes = null, string? number = null) => new()
    {
        Id = id,
        Kind = kind,
        Territory = id.Split('-')[0],
        Title = title,
        Summary = summary,
        Body = body,
        Keywords = keywords,
        Publics = publics ?? ["tous"],
        Themes = themes ?? [],
        Number = number,
    };

    public static IReadOnlyList<Entry> Entries { get; } =
    [
        Make("ge-allocation-logement", "Allocation de logement",
            "Une aide mensuelle pour payer le loyer quand il est trop lourd pour vos revenus.",
            "L'allocation de logement aide les locataires dont le loyer dépasse une part de leurs revenus. " +
            "La demande se fait auprès de l'office cantonal du logement.",
            ["aide au loyer", "loyer trop cher", "payer le loyer"], publics: ["locataires"], themes: ["logement", "argent"]),
        Make("ge-hebergement-urgence", "Hébergement d'urgence pour la nuit",
            "Un lit pour la nuit si vous n'avez pas de toit.",
            "Les abris de nuit accueillent les personnes sans-abri. L'accueil est gratuit et anonyme.",
            ["dormir dehors", "sans abri", "abri de nuit"], publics: ["sans-abri"], themes: ["logement"]),
        Make("ge-asloca-locataires", "Conseil aux locataires",
            "Des juristes conseillent les locataires en conflit avec la régie ou le propriétaire.",
            "Hausse de loyer, résiliation du bail, expulsion : l'association des locataires vous conseille.",
            ["régie", "bail", "expulsion", "hausse de loyer"], publics: ["locataires"], themes: ["logement", "justice"]),
        Make("ge-chomage-oce", "S'inscrire au chômage",
            "Inscrivez-vous à l'office cantonal de l'emploi dès que vous perdez votre travail.",
            "L'office de l'emploi vous aide à chercher un emploi et verse les indemnités de chômage par la caisse.",
            ["chômage", "perte d'emploi", "perdu mon emploi", "OCE"], publics: ["demandeurs-emploi"], themes: ["emploi"]),
        Make("ge-subside-assurance-maladie", "Subside d'assurance-maladie",
            "Une réduction de la prime d'assurance-maladie si vos revenus sont modestes.",
            "Le subside réduit la prime de l'assurance-maladie de base. Il est versé directement à la caisse.",
            ["prime", "LAMal", "subside"], themes: ["sante", "argent"]),
        Make("ge-colis-alimentaires", "Aide alimentaire",
            "Des colis alimentaires, des épiceries solidaires et des repas gratuits.",
            "Les épiceries solidaires vendent de la nourriture à petit prix. Des repas sont servis gratuitement.",
            ["colis alimentaire", "épicerie solidaire", "repas gratuit"], publics: ["personnes-precaires"], themes: ["alimentation"]),
        Make("ge-pc-avs-ai", "Prestations complémentaires AVS/AI",
            "Un complément à votre rente AVS ou AI quand elle ne suffit pas pour vivre.",
            "Les prestations complémentaires s'ajoutent à la rente de vieillesse ou d'invalidité.",
            ["PC", "rente AVS", "rente AI", "complément"], publics: ["aines"], themes: ["argent", "seniors"]),
        Make("ge-main-tendue-143", "La Main Tendue 143",
            "Une écoute anonyme, jour et nuit, si vous êtes en détresse ou pensez au suicide.",
            "Appelez le 143 : des bénévoles formés vous écoutent.",
            ["écoute", "détresse", "suicide", "idées noires"], kind: EntryKind.Urgence, themes: ["violence-urgence", "sante"], number: "143"),
        Make("ge-creche-inscription", "Trouver une place en crèche",
            "Inscrivez votre enfant en crèche ou chez une accueillante familiale.",
            "Les places en crèche sont attribuées selon la date d'inscription et la situation de la famille.",
            ["crèche", "garde d'enfants", "petite enfance"], publics: ["familles"], themes: ["famille"]),
        Make("ge-cours-francais", "Cours de français pour adultes",
            "Des cours de français gratuits ou bon marché pour les adultes.",
            "Apprendre le français aide à trouver un travail et à faire ses démarches.",
            ["apprendre le français", "langue", "cours"], publics: ["migrants"], themes: ["formation-langue"]),
        Make("paris-apl", "Aide personnalisée au logement (APL)",
            "La CAF aide à payer votre loyer selon vos revenus.",
            "L'APL est versée par la CAF au locataire ou directement au propriétaire.",
            ["APL", "CAF", "aide au logement"], publics: ["locataires"], themes: ["logement"]),
        Make("paris-115", "Le 115 : hébergement d'urgence",
            "Appelez le 115 pour trouver un hébergement d'urgence cette nuit.",
            "Le Samu social répond jour et nuit et oriente vers un centre d'hébergement.",
            ["115", "samu social", "dormir dehors"], kind: EntryKind.Urgence, themes: ["logement"], number: "115"),
        Make("paris-c2s", "Complémentaire santé solidaire (C2S)",
            "Une complémentaire santé gratuite ou à moins d'un euro par jour.",
            "La C2S prend en charge la part des soins que l'Assurance maladie ne rembourse pas.",
            ["C2S", "CMU", "mutuelle gratuite"], themes: ["sante"]),
    ];

    public void Dispose()
    {
        Search.Dispose();
        Directory.Delete(folder, recursive: true);
    }
}
