using InfoSociale.Core.Orientation.Matching;

namespace InfoSociale.Core.Orientation.Location;

// SaysOnlyWhere: the message is nothing but the place ("j'habite aux Pâquis"), not a question that names one.
public sealed record ResidentLocation(string Territory, string? Place, bool SaysOnlyWhere = false);

// "je suis à Genève, aux Pâquis" -> (ge, Pâquis); "on vit dans le 18e" -> (paris, 18e arrondissement).
// The last place named wins ("j'habitais à Paris, maintenant je vis à Genève" -> ge).
public sealed class LocationRecognizer(PlaceList places)
{
    public ResidentLocation? Recognize(string message)
    {
        var words = new MessageWords(FoldedWords.Split(message));
        var found = places.Places
            .SelectMany(place => place.Ways.Select(way => (place, match: way.FindIn(words))))
            .Where(p => p.match is not null)
            .Select(p => (p.place, end: p.match!.End, positions: p.match!.Positions))
            .ToList();
        if (found.Count == 0) return null;

        var territory = found.MaxBy(f => f.end).place.Territory;
        var neighbourhood = found
            .Where(f => f.place.Territory == territory && f.place.Place is not null)
            .OrderByDescending(f => f.end)
            .Select(f => f.place.Place)
            .FirstOrDefault();
        var placeWords = found.SelectMany(f => f.positions).ToHashSet();
        var onlyWhere = words.Where((word, i) => !placeWords.Contains(i)).All(places.FramingWords.Contains);
        return new ResidentLocation(territory, neighbourhood, onlyWhere);
    }
}
