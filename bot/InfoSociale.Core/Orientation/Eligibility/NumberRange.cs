using System.Globalization;

namespace InfoSociale.Core.Orientation.Eligibility;

// What we know of a number about the resident: exact ("3") or a band from a choice ("18-24", "65+").
public sealed record NumberRange(double Min, double Max)
{
    public static NumberRange Exactly(double value) => new(value, value);

    // "3" -> [3,3]; "18-24" -> [18,24]; "65+" -> [65,∞]
    public static NumberRange Parse(string text)
    {
        var t = text.Trim();
        if (t.EndsWith('+') && TryNumber(t[..^1], out var from)) return new NumberRange(from, double.PositiveInfinity);
        var dash = t.IndexOf('-', 1);
        if (dash > 0 && TryNumber(t[..dash], out var low) && TryNumber(t[(dash + 1)..], out var high) && low <= high)
            return new NumberRange(low, high);
        if (TryNumber(t, out var exact)) return Exactly(exact);
        throw new FormatException($"\"{text}\" is not a number nor a range such as 18-24 or 65+");
    }

    private static bool TryNumber(string s, out double value) =>
        double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
}
