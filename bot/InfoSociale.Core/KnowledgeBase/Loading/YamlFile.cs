using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace InfoSociale.Core.KnowledgeBase.Loading;

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
        return message.TrimEnd('.');
    }
}
