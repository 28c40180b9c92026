using InfoSociale.Core;
using InfoSociale.Core.Analysis;

namespace InfoSociale.Tests.KnowledgeBase;

// A knowledge base in a temporary folder: the valid fixture (Fixtures/Valid) with one broken case laid over it
// (Fixtures/Broken/<case>, same layout). Diagnostics read "knowledge-base/ge/…" as for the shipped one. The search
// analyser's word lists are the shipped ones (a knowledge base carries its own; the fixture has no reason to differ).
public sealed class FixtureKnowledgeBase : IDisposable
{
    public static readonly DateOnly Today = new(2026, 11, 21);

    private static readonly string Fixtures = Path.Combine(AppContext.BaseDirectory, "KnowledgeBase", "Fixtures");

    private static readonly string[] AnalyserLists =
    [
        AnalysisData.ElisionsFile, AnalysisData.CodesFile, AnalysisData.StopWordsFile, AnalysisData.SpokenFile,
        AnalysisData.ThesaurusFile, AnalysisData.LookupFile,
    ];

    private readonly string _root = Path.Combine(Path.GetTempPath(), "infosociale-kb-" + Guid.NewGuid().ToString("N"));

    public FixtureKnowledgeBase(string? brokenCase = null)
    {
        Directory.CreateDirectory(Path.Combine(Folder, "analysis"));
        foreach (var list in AnalyserLists)
            File.Copy(Path.Combine(ProjectPaths.KnowledgeBase, "analysis", list), Path.Combine(Folder, "analysis", list));
        Copy(Path.Combine(Fixtures, "Valid"), _root);
        if (brokenCase is not null) Copy(Path.Combine(Fixtures, "Broken", brokenCase), _root);
    }

    public string Folder => Path.Combine(_root, "knowledge-base");

    public string Root => _root;

    public static IEnumerable<string> BrokenCases() =>
        Directory.GetDirectories(Path.Combine(Fixtures, "Broken")).Select(Path.GetFileName).OfType<string>();

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }
}
