using InfoSociale.Core.KnowledgeBase;
using InfoSociale.Core.KnowledgeBase.Validation;
using InfoSociale.Core.Orientation.Guided;
using InfoSociale.Core.Orientation.Location;
using InfoSociale.Core.Orientation.Urgency;
using InfoSociale.Core.PlainLanguage;

namespace InfoSociale.Core.Orientation;

// kb validate, for the orientation data beside the entries: parcours/*.yaml (transitions, facts, lists, entries,
// path length), analysis/urgences.txt (every entry it names exists in its territory; every territory has numbers
// for every situation), analysis/lieux.txt (known territories) and analysis/glossaire.txt (readable).
public sealed class OrientationDataRule(string knowledgeBaseFolder) : IKnowledgeBaseRule
{
    public IEnumerable<KbDiagnostic> Check(LoadedKnowledgeBase knowledgeBase)
    {
        var diagnostics = new List<KbDiagnostic>();
        var catalog = knowledgeBase.Catalog;
        CheckParcours(catalog, diagnostics);
        Read("analysis/urgences.txt", UrgencyLexiconLoader.Load, diagnostics, lexicon => CheckUrgences(lexicon, catalog));
        Read("analysis/lieux.txt", PlaceListLoader.Load, diagnostics, places => places
            .Select(p => p.Territory).Distinct().Where(t => !catalog.Territories.ContainsKey(t))
            .Select(t => $"unknown territory \"{t}\""));
        Read("analysis/glossaire.txt", Glossary.Load, diagnostics, _ => []);
        return diagnostics;
    }

    private void CheckParcours(EntryCatalog catalog, List<KbDiagnostic> diagnostics)
    {
        var folder = Path.Combine(knowledgeBaseFolder, "parcours");
        if (!Directory.Exists(folder)) return;
        foreach (var file in Directory.GetFiles(folder, "*.yaml").Order(StringComparer.Ordinal))
            Read($"parcours/{Path.GetFileName(file)}", ParcoursLoader.Load, diagnostics, parcours =>
                ParcoursChecker.Check(parcours, id => catalog.Find(id) is not null, ControlledLists.Publics, ControlledLists.Themes)
                    .Select(problem => problem[(problem.IndexOf(": ", StringComparison.Ordinal) + 2)..]));
    }

    private static IEnumerable<string> CheckUrgences(UrgencyLexicon lexicon, EntryCatalog catalog)
    {
        foreach (var situation in lexicon.Situations)
        {
            foreach (var (territory, ids) in situation.EntriesByTerritory)
            foreach (var id in ids)
                if (catalog.Find(id) is not { } entry) yield return $"{situation.Id} @{territory}: no entry \"{id}\"";
                else if (entry.Territory != territory) yield return $"{situation.Id} @{territory}: \"{id}\" belongs to {entry.Territory}";
            foreach (var territory in catalog.Territories.Keys.Where(t => situation.EntriesFor(t).Count == 0))
                yield return $"{situation.Id}: no entry to show in {territory} (add \"{situation.Id} @{territory} <ids>\")";
        }
    }

    // Loads one data file; a file that cannot be read is one error at its line, a file read is checked.
    private void Read<T>(string relativePath, Func<string, T> load, List<KbDiagnostic> diagnostics, Func<T, IEnumerable<string>> check)
    {
        var path = Path.Combine(knowledgeBaseFolder, relativePath);
        var display = $"{Path.GetFileName(Path.GetFullPath(knowledgeBaseFolder).TrimEnd(Path.DirectorySeparatorChar))}/{relativePath}";
        if (!File.Exists(path)) return;
        try
        {
            diagnostics.AddRange(check(load(path)).Select(problem => new KbDiagnostic(display, 1, Severity.Error, problem)));
        }
        catch (DataFileException e)
        {
            diagnostics.Add(new KbDiagnostic(display, e.Line, Severity.Error, e.Problem));
        }
    }
}
