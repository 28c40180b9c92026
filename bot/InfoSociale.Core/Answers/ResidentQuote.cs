using System.Text;

namespace InfoSociale.Core.Answers;

// What the resident typed, as the bot quotes it back ("Voici ce que j'ai trouvé pour « … »"): one line, at most
// MaxLength characters cut at a word with "…", and inert: the signs Markdown and HTML act on are escaped with a
// backslash (CommonMark), so "<img src=x>" or "**gras**" show as typed instead of being rendered by Web Chat.
public static class ResidentQuote
{
    public const int MaxLength = 60;

    private const string Active = "\\`*_[]<>&|~";

    public static string Of(string text) => Escape(Excerpt(text));

    // The cut text without escapes, for speech.
    public static string Excerpt(string text)
    {
        var flat = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (flat.Length <= MaxLength) return flat;
        var cut = flat[..MaxLength];
        if (char.IsHighSurrogate(cut[^1])) cut = cut[..^1];
        var space = cut.LastIndexOf(' ');
        if (space >= MaxLength / 2) cut = cut[..space];
        return cut.TrimEnd(' ', ',', ';', ':', '.', '-') + "…";
    }

    private static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (Active.Contains(c)) escaped.Append('\\');
            escaped.Append(c);
        }
        return escaped.ToString();
    }
}
