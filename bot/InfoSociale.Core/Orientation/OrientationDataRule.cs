using InfoSociale.Core.KnowledgeBase;
using InfoSociale.Core.KnowledgeBase.Validation;
using InfoSociale.Core.Orientation.Location;
using InfoSociale.Core.Orientation.Urgency;
using InfoSociale.Core.PlainLanguage;

namespace InfoSociale.Core.Orientation;

// kb validate, for the orientation word lists beside the entries (parcours/*.yaml are ParcoursRule's):
// analysis/urgences.txt (every entry and number it names exists in its territory; every territory has entries for
// every situation), analysis/lieux.txt (known territories) and analysis/glossaire.txt (readable).
public sealed class OrientationDataRule : IKnowledgeBaseRule
{
    public IEnumerable<KbDiagnostic> Check(LoadedKnowledgeBase knowledgeBase)
    {
        var catalog = knowledgeBase.Catalog;
        return Read(knowledgeBase, "urgences.txt", UrgencyLexiconLoader.Load, lexicon => CheckUrgences(lexicon, catalog))
            .Concat(Read(knowledgeBase, "lieux.txt", PlaceListLoader.Load, places => places.Places
                .Select(p => p.Territory).Distinct().Where(t => !catalog.Territories.ContainsKey(t))
                .Select(t => $"unknown territory \"{t}\"")))
            .Concat(Read(knowledgeBase, "glossaire.txt", Glossary.Load, _ => []));
    }

    private static IEnumerable<string> CheckUrgences(UrgencyLexicon lexicon, EntryCatalog catalog)
    {
        foreach (var situation in lexicon.Situations)
        {
            foreach (var (territory, ids) in situation.EntriesByTerritory)
            foreach (var id in ids)
                if (catalog.Find(id) is not { } entry) yield return $"{situation.Id} @{territory}: no entry \"{id}\"";
                else if (entry.Territory != territory) yield return $"{situation.Id} @{territory}: \"{id}\" belongs to {entry.Territory}";
            foreach (var (territory, numbers) in situation.NumbersByTerritory)
            foreach (var number in numbers)
                if (!catalog.Territories.TryGetValue(territory, out var known) || known.EmergencyNumbers.All(n => n.Number != number))
                    yield return $"{situation.Id} #{territory}: \"{number}\" is not an emergency number of {territory}/territory.yaml";
            foreach (var territory in catalog.Territories.Keys.Where(t => situation.EntriesFor(t).Count == 0))
                yield return $"{situation.Id}: no entry to show in {territory} (add \"{situation.Id} @{territory} <ids>\")";
        }
    }

    // A file that cannot be read is one error at its line; a file read is checked.
    private static IReadOnlyList<KbDiagnostic> Read<T>(
        LoadedKnowledgeBase knowledgeBase, string fileName, Func<string, T> load, Func<T, IEnumerable<string>> check)
    {
        var path = Path.Combine(knowledgeBase.Folder, "analysis", fileName);
        return File.Exists(path) ? ReadFile(knowledgeBase, path, load, check) : [];
    }

    private static IReadOnlyList<KbDiagnostic> ReadFile<T>(
        LoadedKnowledgeBase knowledgeBase, string path, Func<string, T> load, Func<T, IEnumerable<string>> check)
    {
        var display = knowledgeBase.DisplayPath(path);
        try
        {
            return check(load(path)).Select(problem => new KbDiagnostic(display, 1, Severity.Error, problem)).ToList();
        }
        catch (DataFileException e)
        {
            return [new KbDiagnostic(display, e.Line, Severity.Error, e.Problem)];
        }
    }
}
