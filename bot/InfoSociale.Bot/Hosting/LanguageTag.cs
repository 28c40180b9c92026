using System.Text.RegularExpressions;

namespace InfoSociale.Bot.Hosting;

// BCP 47 language tags as clients send them ("fr-FR", "fr-CH", "de-Latn-CH"): language, optional script, region
// and variants. Written here because CultureInfo accepts whatever the ICU build knows and throws on the rest.
public static partial class LanguageTag
{
    public const int MaxLength = 35;

    public const string Problem = "'locale' must be a BCP 47 language tag such as \"fr-FR\" or \"fr-CH\".";

    public static bool IsValid(string tag) => tag.Length <= MaxLength && Syntax().IsMatch(tag);

    [GeneratedRegex(@"^[A-Za-z]{2,3}(-[A-Za-z]{4})?(-(?:[A-Za-z]{2}|[0-9]{3}))?(-(?:[A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*$", RegexOptions.CultureInvariant)]
    private static partial Regex Syntax();
}
