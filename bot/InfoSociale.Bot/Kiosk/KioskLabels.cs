using InfoSociale.Core.Dialogs;

namespace InfoSociale.Bot.Kiosk;

// The kiosk's interface labels from the message catalogue: the kiosk.* keys of messages/fr.yaml and their translations
// in messages/en.yaml, pt.yaml, es.yaml and ar.yaml, served to the kiosk as one /kiosk/labels.json. A translation may
// leave a label out (the kiosk then shows the French one); it may not add a label French lacks nor change a label's
// {placeholders}: loading refuses it, naming the file and the key.
public sealed class KioskLabels(IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> byLanguage)
{
    public const string Prefix = "kiosk.";
    public static readonly IReadOnlyList<string> Translations = ["en", "pt", "es", "ar"];

    // Language -> label name (without the prefix) -> text, French first.
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> ByLanguage { get; } = byLanguage;

    public static KioskLabels Load(string messagesFolder)
    {
        var french = Messages.Load(Path.Combine(messagesFolder, "fr.yaml"));
        var frenchKeys = french.Keys.Where(key => key.StartsWith(Prefix, StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);
        var byLanguage = new Dictionary<string, IReadOnlyDictionary<string, string>> { ["fr"] = Labels(french, frenchKeys) };
        foreach (var language in Translations)
        {
            var path = Path.Combine(messagesFolder, language + ".yaml");
            var translation = Messages.Load(path);
            foreach (var key in translation.Keys)
            {
                if (!frenchKeys.Contains(key))
                    throw new MessageCatalogException($"{path}: '{key}' is not a kiosk label of fr.yaml (translate only its kiosk.* keys).");
                if (!translation.Placeholders(key).SetEquals(french.Placeholders(key)))
                    throw new MessageCatalogException($"{path}: '{key}' must keep the placeholders of fr.yaml: {string.Join(" ", french.Placeholders(key).Select(p => "{" + p + "}"))}.");
            }
            byLanguage[language] = Labels(translation, translation.Keys);
        }
        return new KioskLabels(byLanguage);
    }

    private static IReadOnlyDictionary<string, string> Labels(Messages messages, IEnumerable<string> keys) =>
        keys.ToDictionary(key => key[Prefix.Length..], messages.Template, StringComparer.Ordinal);
}
