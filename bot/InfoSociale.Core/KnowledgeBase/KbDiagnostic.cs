namespace InfoSociale.Core.KnowledgeBase;

public enum Severity { Error, Warning }

// One problem found in a knowledge-base file. File is relative to the folder that holds the knowledge base
// (for the shipped one: the repository root, e.g. "knowledge-base/ge/prestation/ge-pc-familles.yaml").
public sealed record KbDiagnostic(string File, int Line, Severity Severity, string Message)
{
    // "path:line: error: message"; a problem with a whole file or folder has no line (Line 0).
    public override string ToString() =>
        $"{File}{(Line > 0 ? $":{Line}" : "")}: {(Severity == Severity.Error ? "error" : "warning")}: {Message}";
}
