using System.Text.RegularExpressions;
using YamlDotNet.Core;
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

internal static class YamlFile
{
    // Reads one file holding one YAML mapping; a syntax error becomes a diagnostic with its line, never an exception.
    public static SourceDocument? Read(string fullPath, string displayPath, ICollection<KbDiagnostic> diagnostics)
    {
        var stream = new YamlStream();
        using var reader = File.OpenText(fullPath);
        var scanner = new Scanner(reader);
        try
        {
            stream.Load(new Parser(scanner));
        }
        catch (YamlException e)
        {
            diagnostics.Add(new(displayPath, (int)e.Start.Line, Severity.Error,
                $"YAML syntax error at column {e.Start.Column}: {Describe(e)}"));
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet 16 throws this instead of a YamlException on some unclosed flow lists ("[a, b").
            diagnostics.Add(new(displayPath, (int)scanner.CurrentPosition.Line, Severity.Error,
                "YAML syntax error: a '[ ]' or '{ }' list on this line or above is not closed"));
            return null;
        }
        if (stream.Documents.Count == 0)
        {
            diagnostics.Add(new(displayPath, 1, Severity.Error, "the file is empty"));
            return null;
        }
        if (stream.Documents.Count > 1)
        {
            diagnostics.Add(new(displayPath, SourceDocument.Line(stream.Documents[1].RootNode), Severity.Error,
                "the file holds several YAML documents; keep one (remove the '---' line)"));
            return null;
        }
        if (stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            diagnostics.Add(new(displayPath, SourceDocument.Line(stream.Documents[0].RootNode), Severity.Error,
                "expected 'key: value' lines at the top level of the file"));
            return null;
        }
        return new SourceDocument(displayPath, root);
    }

    // YamlDotNet prefixes messages with "(Line: 3, Col: 1, Idx: 20) - (Line: …): "; the line is reported separately.
    private static string Describe(YamlException e)
    {
        var message = Regex.Replace(e.Message, @"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\): ", "");
        if (e.InnerException is ArgumentException) message += " (a key appears twice)";
        return message.TrimEnd('.');
    }
}
