using InfoSociale.Core.Orientation.Matching;

namespace InfoSociale.Core.Orientation.Location;

public sealed record ResidentLocation(string Territory, string? Place);

// "je suis à Genève, aux Pâquis" -> (ge, Pâquis); "on vit dans le 18e" -> (paris, 18e arrondissement).
// The last place named wins ("j'habitais à Paris, maintenant je vis à Genève" -> ge).
public sealed class LocationRecognizer(IReadOnlyList<KnownPlace> places)
{
    public ResidentLocation? Recognize(string message)
    {
        var words = FoldedWords.Split(message);
        var found = places
            .SelectMany(place => place.Ways.Select(way => (place, match: way.FindIn(words))))
            .Where(p => p.match is not null)
            .Select(p => (p.place, end: p.match!.End))
            .ToList();
        if (found.Count == 0) return null;

        var territory = found.MaxBy(f => f.end).place.Territory;
        var neighbourhood = found
            .Where(f => f.place.Territory == territory && f.place.Place is not null)
            .OrderByDescending(f => f.end)
            .Select(f => f.place.Place)
            .FirstOrDefault();
        return new ResidentLocation(territory, neighbourhood);
    }
}
