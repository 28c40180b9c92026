using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace InfoSociale.Core.KnowledgeBase.Loading;

internal static class YamlFile
{
    // Reads one file holding one YAML mapping; a syntax error becomes a diagnostic with its line, never an exception.
    public static SourceDocument? Read(string fullPath, string displayPath, ICollection<KbDiagnostic> diagnostics)
    {
        var stream = new YamlStream();
        var text = File.ReadAllText(fullPath);
        var scanner = new Scanner(new StringReader(text));
        try
        {
            stream.Load(new Parser(scanner));
        }
        catch (YamlException e)
        {
            var (line, message) = YamlProblem.Explain(e, text);
            diagnostics.Add(new(displayPath, line, Severity.Error, message));
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet 16 throws this instead of a YamlException on some unclosed flow lists ("[a, b").
            var (line, message) = YamlProblem.UnclosedList(text, (int)scanner.CurrentPosition.Line);
            diagnostics.Add(new(displayPath, line, Severity.Error, message));
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
}
