using Microsoft.Extensions.Primitives;

namespace InfoSociale.Bot.DirectLine;

// Watermarks are the decimal sequence of the last activity a client holds; absent or empty means "from the start".
public static class Watermark
{
    public const string Problem = "The watermark must be a watermark this server returned (a whole number), or empty.";

    public static bool TryParse(StringValues value, out long watermark)
    {
        watermark = 0;
        var text = value.ToString();
        return text.Length == 0 || (long.TryParse(text, System.Globalization.NumberStyles.None, null, out watermark));
    }
}
