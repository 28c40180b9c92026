using InfoSociale.Core;
using InfoSociale.Core.Orientation.Location;

namespace InfoSociale.Tests.Orientation.Location;

public class LocationRecognizerTests
{
    private static readonly LocationRecognizer Recognizer = new(PlaceListLoader.Load(PlaceListLoader.DefaultPath));

    [Theory]
    [InlineData("j'habite à Paris", "paris", null)]
    [InlineData("je suis à Genève, aux Pâquis", "ge", "Pâquis")]
    [InlineData("on vit dans le 18e", "paris", "18e arrondissement")]
    [InlineData("j'habite dans le 18ème", "paris", "18e arrondissement")]
    [InlineData("nous habitons le 1er arrondissement", "paris", "1er arrondissement")]
    [InlineData("75011", "paris", "11e arrondissement")]
    [InlineData("j'habite Paris 20", "paris", "20e arrondissement")]
    [InlineData("j'habite à Barbès", "paris", "18e arrondissement")]
    [InlineData("je vis a geneve", "ge", null)]
    [InlineData("je vis a GENEVE", "ge", null)]
    [InlineData("je vis à Genvève", "ge", null)]
    [InlineData("j'habite aux paquis", "ge", "Pâquis")]
    [InlineData("on est à Carouge", "ge", "Carouge")]
    [InlineData("j'habite aux Eaux-Vives", "ge", "Eaux-Vives")]
    [InlineData("j'habite à la Servette", "ge", "Servette")]
    [InlineData("je suis à Plainpalais", "ge", "Plainpalais")]
    [InlineData("je suis au Grand-Lancy", "ge", "Lancy")]
    [InlineData("j'habitais à Paris, maintenant je vis à Genève", "ge", null)]
    [InlineData("j'habitais à Genève, maintenant je vis dans le 19e", "paris", "19e arrondissement")]
    [InlineData("je vis dans le vingtième arrondissement", "paris", "20e arrondissement")]
    public void Finds_the_territory_and_the_neighbourhood(string message, string territory, string? place)
    {
        var location = Recognizer.Recognize(message)!;

        (location.Territory, location.Place).Should().Be((territory, place));
    }

    [Theory]
    [InlineData("je cherche une aide pour le loyer")]
    [InlineData("je suis parti de chez moi")]
    [InlineData("je dois payer le 1er du mois")]
    [InlineData("j'attends le 2e enfant")]
    [InlineData("une aire de jeux pour les enfants")]
    [InlineData("j'ai fait un pari")]
    public void Finds_nothing_when_no_place_is_named(string message)
    {
        Recognizer.Recognize(message).Should().BeNull();
    }

    [Theory]
    [InlineData("j'habite à Paris", true)]
    [InlineData("je suis à Genève, aux Pâquis", true)]
    [InlineData("on vit dans le 18e", true)]
    [InlineData("j'habite à Genève, je cherche une aide pour le loyer", false)]
    [InlineData("aide au logement à Paris", false)]
    public void Tells_a_plain_statement_of_where_from_a_question_naming_a_place(string message, bool onlyWhere)
    {
        Recognizer.Recognize(message)!.SaysOnlyWhere.Should().Be(onlyWhere);
    }

    [Fact]
    public void Names_the_line_of_a_bad_place()
    {
        var act = () => PlaceListLoader.Parse(["# grammar", "ge | Pâquis"], "lieux.txt");

        act.Should().Throw<DataFileException>().Where(e => e.Line == 2);
    }
}
