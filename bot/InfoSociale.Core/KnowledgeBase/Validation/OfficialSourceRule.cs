namespace InfoSociale.Core.KnowledgeBase.Validation;

// Every source is a public page of the body that runs the service, on a domain of analysis/sources.txt. A flagged source
// is a warning on an unverified entry and an error on a verified one: "verified" means checked on official pages.
internal sealed class OfficialSourceRule : IKnowledgeBaseRule
{
    public IEnumerable<KbDiagnostic> Check(LoadedKnowledgeBase knowledgeBase)
    {
        var path = Path.Combine(knowledgeBase.Folder, "analysis", OfficialSources.FileName);
        if (!File.Exists(path)) return [];
        var display = knowledgeBase.DisplayPath(path);
        try
        {
            var official = OfficialSources.Load(path);
            return Check(knowledgeBase, official)
                .Concat(knowledgeBase.LoadedTerritories.Select(t => t.FolderName).Where(t => !official.Territories.Contains(t))
                    .Select(t => new KbDiagnostic(display, 1, Severity.Error, $"no \"@{t}\" list: every territory needs its official domains")))
                .ToList();
        }
        catch (DataFileException e)
        {
            return [new KbDiagnostic(display, e.Line, Severity.Error, e.Problem)];
        }
    }

    private static IEnumerable<KbDiagnostic> Check(LoadedKnowledgeBase knowledgeBase, OfficialSources official)
    {
        foreach (var (entry, source, _, _, territory) in knowledgeBase.LoadedEntries)
            for (var i = 0; i < entry.Sources.Count; i++)
            {
                if (official.Problem(entry.Sources[i], territory) is not { } problem) continue;
                yield return entry.Verified
                    ? source.Error($"sources[{i}]", $"{problem}; a verified entry cites official pages only (replace it, or set verified: false)")
                    : source.Warning($"sources[{i}]", $"{problem}; cite the page of the body that runs the service");
            }
    }
}
