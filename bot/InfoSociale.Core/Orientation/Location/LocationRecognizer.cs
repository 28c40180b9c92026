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
        // Indexed loops (no LINQ, no enumerator to allocate): every way of naming every place, on every message.
        var found = new List<(KnownPlace place, int end, IReadOnlyList<int> positions)>();
        for (var p = 0; p < places.Places.Count; p++)
            for (var w = 0; w < places.Places[p].Ways.Count; w++)
                if (places.Places[p].Ways[w].FindIn(words) is { } match) found.Add((places.Places[p], match.End, match.Positions));
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
