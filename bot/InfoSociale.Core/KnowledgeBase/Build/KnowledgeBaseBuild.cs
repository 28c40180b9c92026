using InfoSociale.Core.KnowledgeBase.Validation;

namespace InfoSociale.Core.KnowledgeBase.Build;

// One artifact compiled from the validated knowledge base into the build folder (default <repo>/data/kb/).
public interface IKnowledgeBaseArtifactWriter
{
    // Writes the artifact and returns the path of the file written.
    string Write(EntryCatalog catalog, string outputFolder);
}

public sealed record BuildResult(LoadedKnowledgeBase Validated, IReadOnlyList<string> WrittenFiles)
{
    public bool Built => !Validated.HasErrors;
}

// kb build: validate, refuse on errors, then run every artifact writer in order.
public sealed class KnowledgeBaseBuild(IReadOnlyList<IKnowledgeBaseArtifactWriter> writers)
{
    // The artifacts of a build of the knowledge base in knowledgeBaseFolder, in the order they are written: the index
    // is analysed with that knowledge base's own word lists (its analysis/ folder), not the repository's.
    public static KnowledgeBaseBuild For(string knowledgeBaseFolder) => new([
        new EntriesJsonWriter(),
        new Search.SearchIndexWriter(Search.SearchIndexArtifact.AnalysisFolder(knowledgeBaseFolder)),
    ]);

    public static string DefaultOutputFolder => Path.Combine(ProjectPaths.DefaultData, "kb");

    public BuildResult Run(string knowledgeBaseFolder, string outputFolder, DateOnly today)
    {
        var validated = KnowledgeBaseValidator.LoadAndValidate(knowledgeBaseFolder, today);
        if (validated.HasErrors) return new BuildResult(validated, []);
        Directory.CreateDirectory(outputFolder);
        var written = writers.Select(writer => writer.Write(validated.Catalog, outputFolder)).ToList();
        return new BuildResult(validated, written);
    }
}
