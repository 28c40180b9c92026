using InfoSociale.Core.Orientation.Eligibility;
using InfoSociale.Core.Orientation.Guided;

namespace InfoSociale.Core.KnowledgeBase.Validation;

// knowledge-base/parcours/*.yaml, the guided orientation paths: each file reads, and ParcoursChecker finds nothing
// (transitions, facts, controlled lists, entries that exist, path length); and parcours/implications.txt reads
// (each fact and value known, at its line).
internal sealed class ParcoursRule : IKnowledgeBaseRule
{
    public IEnumerable<KbDiagnostic> Check(LoadedKnowledgeBase knowledgeBase)
    {
        var folder = Path.Combine(knowledgeBase.Folder, "parcours");
        if (!Directory.Exists(folder)) return [];
        return Directory.GetFiles(folder, "*.yaml").Order(StringComparer.Ordinal)
            .SelectMany(file => Problems(knowledgeBase, file))
            .Concat(ImplicationProblems(knowledgeBase, Path.Combine(folder, ImpliedFactsLoader.FileName)));
    }

    private static IEnumerable<KbDiagnostic> ImplicationProblems(LoadedKnowledgeBase knowledgeBase, string file)
    {
        if (!File.Exists(file)) return [];
        try
        {
            ImpliedFactsLoader.Load(file);
            return [];
        }
        catch (DataFileException e)
        {
            return [new KbDiagnostic(knowledgeBase.DisplayPath(file), e.Line, Severity.Error, e.Problem)];
        }
    }

    private static IEnumerable<KbDiagnostic> Problems(LoadedKnowledgeBase knowledgeBase, string file)
    {
        var display = knowledgeBase.DisplayPath(file);
        Parcours parcours;
        try
        {
            parcours = ParcoursLoader.Load(file);
        }
        catch (DataFileException e)
        {
            return [new KbDiagnostic(display, e.Line, Severity.Error, e.Problem)];
        }
        // The checker names problems "<file name>: <where>: <what>"; the diagnostic carries the path itself.
        var prefix = parcours.SourceFile + ": ";
        return ParcoursChecker.Check(parcours, id => knowledgeBase.Catalog.Find(id) is not null, ControlledLists.Publics, ControlledLists.Themes)
            .Select(problem => new KbDiagnostic(display, 1, Severity.Error, problem.StartsWith(prefix, StringComparison.Ordinal) ? problem[prefix.Length..] : problem));
    }
}
