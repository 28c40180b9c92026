using InfoSociale.Core.KnowledgeBase;

namespace InfoSociale.Core.Places;

// Great-circle distance on a spherical Earth (haversine): metres between two WGS84 points, good to about 0.5 %.
public static class GeoDistance
{
    private const double EarthRadiusMetres = 6_371_000;

    public static double Metres(GeoPoint from, GeoPoint to)
    {
        static double Radians(double degrees) => degrees * Math.PI / 180;
        var dLat = Radians(to.Lat - from.Lat);
        var dLon = Radians(to.Lon - from.Lon);
        var a = Math.Pow(Math.Sin(dLat / 2), 2) + Math.Cos(Radians(from.Lat)) * Math.Cos(Radians(to.Lat)) * Math.Pow(Math.Sin(dLon / 2), 2);
        return 2 * EarthRadiusMetres * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }
}
