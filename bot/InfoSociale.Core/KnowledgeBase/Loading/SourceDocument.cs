using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace InfoSociale.Core.KnowledgeBase.Loading;

// One parsed YAML file whose top level is a mapping, with the line of every node.
public sealed class SourceDocument
{
    internal SourceDocument(string file, YamlMappingNode root)
    {
        File = file;
        Root = root;
    }

    public string File { get; }

    internal YamlMappingNode Root { get; }

    // The top-level keys written in the file.
    public IReadOnlySet<string> Keys => Root.Children.Keys.OfType<YamlScalarNode>().Select(k => k.Value ?? "").ToHashSet();

    // True when the top-level key holds the boolean false (not a value of another type).
    public bool IsFalse(string key) =>
        Root.Children.TryGetValue(new YamlScalarNode(key), out var value) && YamlTypes.Boolean(value) == false;

    // Line of the node at a path such as "contact.phone", "structures[2]" or "eligibility[0].fact";
    // when the path goes further than the document, the line of the deepest node found.
    public int LineOf(string path)
    {
        YamlNode node = Root;
        var line = KeyLine(Root, null);
        foreach (var step in PathSteps(path))
        {
            switch (node, step)
            {
                case (YamlMappingNode map, string key) when map.Children.TryGetValue(new YamlScalarNode(key), out var value):
                    line = KeyLine(map, key);
                    node = value;
                    break;
                case (YamlSequenceNode list, int index) when index < list.Children.Count:
                    node = list.Children[index];
                    line = Line(node);
                    break;
                default:
                    return line;
            }
        }
        return line;
    }

    internal static int Line(YamlNode node) => (int)node.Start.Line;

    private static int KeyLine(YamlMappingNode map, string? key) =>
        key is null ? 1 : Line(map.Children.Keys.First(k => k is YamlScalarNode s && s.Value == key));

    private static IEnumerable<object> PathSteps(string path)
    {
        foreach (Match m in Regex.Matches(path, @"([^.\[\]]+)|\[(\d+)\]"))
            yield return m.Groups[2].Success ? int.Parse(m.Groups[2].Value) : m.Groups[1].Value;
    }
}
