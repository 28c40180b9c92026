namespace InfoSociale.Core.Orientation.Matching;

// A pattern word that stands for a number written in digits: "#" any, "#16-25" from 16 to 25, "#65+" from 65.
public sealed record NumberSlot(int Min, int Max)
{
    public static bool IsSlot(string piece) => piece.StartsWith('#');

    // "#16-25" -> [16, 25]; a range that does not read is a FormatException naming it.
    public static NumberSlot Parse(string piece)
    {
        var range = piece[1..];
        if (range.Length == 0) return new NumberSlot(0, int.MaxValue);
        if (range.EndsWith('+') && int.TryParse(range[..^1], out var from)) return new NumberSlot(from, int.MaxValue);
        var bounds = range.Split('-');
        if (bounds.Length == 2 && int.TryParse(bounds[0], out var low) && int.TryParse(bounds[1], out var high) && low <= high)
            return new NumberSlot(low, high);
        throw new FormatException($"\"{piece}\" is not a number slot (write #, #16-25 or #65+)");
    }

    public bool Accepts(string word) =>
        word.Length is > 0 and <= 9 && word.All(char.IsAsciiDigit) && int.Parse(word) is var n && n >= Min && n <= Max;
}
