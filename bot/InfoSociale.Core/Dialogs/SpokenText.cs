using System.Text.RegularExpressions;

namespace InfoSociale.Core.Dialogs;

// The spoken version of a Markdown reply: what a screen reader or text-to-speech should say.
public static partial class SpokenText
{
    // "**Appelez** le [117](tel:117)" -> "Appelez le 117"
    public static string From(string markdown)
    {
        var text = Link().Replace(markdown, "$1");
        text = Emphasis().Replace(text, "");
        text = Bullet().Replace(text, "");
        return Spaces().Replace(text, " ").Trim();
    }

    [GeneratedRegex(@"\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"[*_`#>]+")]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"(?m)^\s*(?:[-•]|\d+\.)\s+")]
    private static partial Regex Bullet();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
