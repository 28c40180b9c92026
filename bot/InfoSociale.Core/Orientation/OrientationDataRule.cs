using InfoSociale.Core.Dialogs;
using InfoSociale.Core.KnowledgeBase;
using InfoSociale.Core.KnowledgeBase.Validation;
using InfoSociale.Core.Orientation.Location;
using InfoSociale.Core.Orientation.Profile;
using InfoSociale.Core.Orientation.Scope;
using InfoSociale.Core.Orientation.Urgency;
using InfoSociale.Core.PlainLanguage;

namespace InfoSociale.Core.Orientation;

// kb validate, for the orientation word lists beside the entries (parcours/*.yaml are ParcoursRule's):
// analysis/urgences.txt (every entry and number it names exists in its territory; every territory has entries for
// every situation; every `urgence` entry names a situation that shows it), analysis/lieux.txt (known territories),
// analysis/publics.txt (publics and facts are checked as it loads; each statement has its "about.<id>" sentence in
// messages/fr.yaml, with a {number} exactly when it notes a number), analysis/glossaire.txt and analysis/demandes.txt
// (readable).
public sealed class OrientationDataRule : IKnowledgeBaseRule
{
    public IEnumerable<KbDiagnostic> Check(LoadedKnowledgeBase knowledgeBase)
    {
        var catalog = knowledgeBase.Catalog;
        return Read(knowledgeBase, "urgences.txt", UrgencyLexiconLoader.Load, lexicon => CheckUrgences(lexicon, catalog))
            .Concat(Read(knowledgeBase, "lieux.txt", PlaceListLoader.Load, places => places.Places
                .Select(p => p.Territory).Distinct().Where(t => !catalog.Territories.ContainsKey(t))
                .Select(t => $"unknown territory \"{t}\"")))
            .Concat(Read(knowledgeBase, "publics.txt", ProfileLexiconLoader.Load, lexicon => CheckPublics(lexicon, knowledgeBase.Folder)))
            .Concat(Read(knowledgeBase, "glossaire.txt", Glossary.Load, _ => []))
            .Concat(Read(knowledgeBase, RequestScopeLoader.FileName, RequestScopeLoader.Load, _ => []));
    }

    // The bot says each statement back ("C'est noté : vous êtes à la retraite"), so its sentence must exist and fit.
    private static IEnumerable<string> CheckPublics(ProfileLexicon lexicon, string folder)
    {
        var path = Path.Combine(folder, "messages", "fr.yaml");
        if (!File.Exists(path)) return [];
        Messages messages;
        try { messages = Messages.Load(path); }
        catch (MessageCatalogException e) { return [e.Message]; }
        return lexicon.Statements.Select(statement => ProfileMessages.Problem(messages, statement)).OfType<string>();
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
        foreach (var problem in CheckUrgenceEntries(lexicon, catalog)) yield return problem;
    }

    // An urgence entry's keywords detect its `situation`, so each must name one, and that situation must show it.
    private static IEnumerable<string> CheckUrgenceEntries(UrgencyLexicon lexicon, EntryCatalog catalog)
    {
        var known = lexicon.Situations.Select(s => s.Id).ToList();
        foreach (var entry in catalog.Entries.Where(e => e.Kind == EntryKind.Urgence))
            if (entry.Situation is null)
                yield return $"{entry.Id}: an urgence entry needs \"situation: <{string.Join("|", known)}>\" (its keywords detect that situation)";
            else if (!known.Contains(entry.Situation))
                yield return $"{entry.Id}: unknown situation \"{entry.Situation}\" (known: {string.Join(", ", known)})";
            else if (!lexicon.Situation(entry.Situation).EntriesFor(entry.Territory).Contains(entry.Id))
                yield return $"{entry.Id}: its situation does not show it (add it to \"{entry.Situation} @{entry.Territory} ...\")";
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
