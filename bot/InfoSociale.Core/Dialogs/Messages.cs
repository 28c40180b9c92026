using System.Text;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace InfoSociale.Core.Dialogs;

// Every sentence the bot says, from knowledge-base/messages/fr.yaml: flat keys -> French strings with
// {placeholders}. Word lists the bot recognizes (confirm.yes.words…) sit there too, separated by "|".
public sealed partial class Messages
{
    private readonly IReadOnlyDictionary<string, string> _texts;
    private readonly string _source;

    public Messages(IReadOnlyDictionary<string, string> texts, string source)
    {
        _texts = texts;
        _source = source;
    }

    public static string DefaultPath => Path.Combine(ProjectPaths.KnowledgeBase, "messages", "fr.yaml");

    public static Messages Load(string? path = null)
    {
        path ??= DefaultPath;
        if (!File.Exists(path)) throw new MessageCatalogException($"{path}: the message catalogue is missing.");
        var yaml = new YamlStream();
        var text = File.ReadAllText(path, Encoding.UTF8);
        try
        {
            yaml.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            var (line, message) = YamlProblem.Explain(e, text);
            throw new MessageCatalogException($"{path}:{line}: {message}");
        }
        if (yaml.Documents.Count == 0 || yaml.Documents[0].RootNode is not YamlMappingNode root)
            throw new MessageCatalogException($"{path}: expected a mapping of keys to French sentences.");

        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (keyNode, valueNode) in root.Children)
        {
            var line = keyNode.Start.Line;
            if (keyNode is not YamlScalarNode { Value: { } key } || valueNode is not YamlScalarNode { Value: { } value })
                throw new MessageCatalogException($"{path}:{line}: each entry must be `key: sentence` (no lists, no nesting).");
            texts.Add(key, value.Trim()); // the YAML parser already refused duplicate keys, with their line
        }
        return new Messages(texts, path);
    }

    public IEnumerable<string> Keys => _texts.Keys;

    // messages.Text("welcome.privacy", ("days", "30")): every placeholder must get a value, and every value a placeholder.
    public string Text(string key, params (string Name, string Value)[] values)
    {
        var template = Template(key);
        var given = values.ToDictionary(v => v.Name, v => v.Value, StringComparer.Ordinal);
        var used = new HashSet<string>(StringComparer.Ordinal);
        var text = Placeholder().Replace(template, match =>
        {
            var name = match.Groups[1].Value;
            if (!given.TryGetValue(name, out var value))
                throw new MessageCatalogException($"{_source}: the message '{key}' needs a value for {{{name}}}.");
            used.Add(name);
            return value;
        });
        var unused = given.Keys.Where(name => !used.Contains(name)).ToList();
        if (unused.Count > 0)
            throw new MessageCatalogException(
                $"{_source}: the message '{key}' has no placeholder {string.Join(", ", unused.Select(n => "{" + n + "}"))}.");
        return text;
    }

    // messages.Words("confirm.yes.words") -> ["oui", "ouais", "d'accord", …]
    public IReadOnlyList<string> Words(string key) =>
        Template(key).Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    // The raw sentence with its {placeholders}, for checks such as `kb lint`.
    public string Template(string key) =>
        _texts.TryGetValue(key, out var template)
            ? template
            : throw new MessageCatalogException($"{_source}: the message '{key}' is missing.");

    // The {placeholders} of a sentence, for checking that a translation keeps them.
    public IReadOnlySet<string> Placeholders(string key) =>
        Placeholder().Matches(Template(key)).Select(match => match.Groups[1].Value).ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex(@"\{([a-z_]+)\}")]
    private static partial Regex Placeholder();
}

public sealed class MessageCatalogException(string message) : Exception(message);
