using InfoSociale.Core.KnowledgeBase;
using InfoSociale.Core.KnowledgeBase.Loading;

namespace InfoSociale.Tests.KnowledgeBase;

public class KnowledgeBaseLoaderTests
{
    [Fact]
    public void Reads_every_field_of_a_prestation_into_the_model()
    {
        using var kb = new FixtureKnowledgeBase();

        var aide = KnowledgeBaseLoader.Load(kb.Folder).Catalog.Find("ge-aide")!;

        aide.Kind.Should().Be(EntryKind.Prestation);
        aide.Territory.Should().Be("ge");
        aide.Summary.Should().Be("Une aide pour payer vos dépenses de base. Elle dépend de vos revenus.");
        aide.Body.Should().StartWith("L'aide couvre le loyer").And.EndWith("- Apportez vos papiers.");
        aide.Publics.Should().Equal("personnes-precaires", "familles");
        aide.Keywords.Should().Equal("aide financière", "pas assez d'argent");
        aide.Eligibility.Should().BeEquivalentTo(new[]
        {
            new EligibilityCondition { Fact = "age", Min = 18, Explain = "Vous avez 18 ans ou plus." },
            new EligibilityCondition { Fact = "income", In = ["tres-bas", "bas"], Explain = "Vos revenus sont bas." },
            new EligibilityCondition { Fact = "lives_in_territory", EqualsValue = true, Explain = "Vous habitez le canton." },
        });
        aide.Steps.Should().Equal("Prenez rendez-vous.");
        aide.Documents.Should().Equal("Pièce d'identité");
        aide.Structures.Should().Equal("ge-str-accueil");
        aide.Sources.Should().Equal("https://www.example.ch/aide");
        aide.LastVerified.Should().Be(new DateOnly(2026, 10, 1));
        aide.Verified.Should().BeTrue();
    }

    [Fact]
    public void Reads_a_structure_with_an_unquoted_postal_code_as_written()
    {
        using var kb = new FixtureKnowledgeBase();

        var accueil = KnowledgeBaseLoader.Load(kb.Folder).Catalog.Find("ge-str-accueil")!;

        accueil.Contact.Should().Be(new Contact("+41224184700", "accueil@example.ch", "https://www.example.ch/accueil"));
        accueil.Address.Should().Be(new Address("Rue de l'Exemple 1", "1204", "Genève", "Plainpalais"));
        accueil.Geo.Should().Be(new GeoPoint(46.2, 6.14));
        accueil.OpeningHours.Should().Be("Mo-Fr 08:30-12:00,13:30-17:00; PH off");
        accueil.Accessibility.Should().Equal("wheelchair", "step-free");
        accueil.Languages.Should().Equal("fr", "en", "es");
    }

    [Fact]
    public void Reads_territories_and_answers_catalog_queries()
    {
        using var kb = new FixtureKnowledgeBase();

        var catalog = KnowledgeBaseLoader.Load(kb.Folder).Catalog;

        catalog.Territories.Keys.Should().BeEquivalentTo("ge", "paris");
        catalog.Territories["ge"].Should().BeEquivalentTo(new
        {
            Name = "Genève", Country = "CH", TimeZone = "Europe/Zurich", DefaultStructure = "ge-str-accueil",
            EmergencyNumbers = new[] { new EmergencyNumber("117", "Police") },
        });
        catalog.InTerritory("paris").Select(e => e.Id).Should().Equal("paris-str-accueil");
        catalog.Find("ge-urgence-117")!.Number.Should().Be("117");
        catalog.Find("nowhere").Should().BeNull();
    }

    [Fact]
    public void Keeps_an_entry_with_errors_so_that_references_to_it_still_resolve()
    {
        using var kb = new FixtureKnowledgeBase("unknown-field");

        var loaded = KnowledgeBaseLoader.Load(kb.Folder);

        loaded.HasErrors.Should().BeTrue();
        loaded.Catalog.Find("ge-str-accueil").Should().NotBeNull();
    }

    [Fact]
    public void Refuses_a_folder_that_does_not_exist_in_plain_words()
    {
        var load = () => KnowledgeBaseLoader.Load("/nowhere/knowledge-base");

        load.Should().Throw<DirectoryNotFoundException>().WithMessage("knowledge-base folder not found: /nowhere/knowledge-base");
    }

    [Theory]
    [InlineData("contact.phone", 13)]
    [InlineData("structures", 1)]
    [InlineData("address.city", 19)]
    [InlineData("languages[2]", 26)]
    [InlineData("geo.nothing", 21)]
    public void Finds_the_line_of_a_path_in_the_source(string path, int line)
    {
        using var kb = new FixtureKnowledgeBase();

        var source = KnowledgeBaseLoader.Load(kb.Folder).LoadedEntries.Single(e => e.FileId == "ge-str-accueil").Source;

        source.LineOf(path).Should().Be(line);
    }
}
