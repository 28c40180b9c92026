using InfoSociale.Core.Kiosks;
using InfoSociale.Core.Places;

namespace InfoSociale.Core.KnowledgeBase.Validation;

// knowledge-base/kiosques.yaml: the schema (through KioskSites.Read), then what a schema cannot say: unique ids that
// start with their territory, a known territory, a centre that is a structure entry of that territory, French first,
// readable reception hours, and a warning when the kiosk has no reception hours at all.
internal sealed class KioskSitesRule : IKnowledgeBaseRule
{
    public IEnumerable<KbDiagnostic> Check(LoadedKnowledgeBase knowledgeBase)
    {
        var found = new List<KbDiagnostic>();
        var sites = KioskSites.Read(knowledgeBase.Folder, found);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (site, source, path) in sites)
        {
            if (site.Id.Length > 0 && !seen.Add(site.Id)) found.Add(source.Error($"{path}.id", $"'{site.Id}' is used by another kiosk"));
            if (!knowledgeBase.LoadedTerritories.Any(t => t.FolderName == site.Territory))
            {
                found.Add(source.Error($"{path}.territory", $"'{site.Territory}' is not a territory folder of knowledge-base/"));
                continue;
            }
            if (!site.Id.StartsWith(site.Territory + "-", StringComparison.Ordinal))
                found.Add(source.Error($"{path}.id", $"'{site.Id}' must start with its territory: {site.Territory}-"));
            var structure = knowledgeBase.Catalog.Find(site.Structure);
            if (structure is null || structure.Kind != EntryKind.Structure || structure.Territory != site.Territory)
                found.Add(source.Error($"{path}.structure", $"'{site.Structure}' is not a structure entry of {site.Territory}"));
            if (site.Languages.Count > 0 && site.Languages[0] != "fr")
                found.Add(source.Error($"{path}.languages", "French comes first: the content is in French"));
            if (site.ReceptionHours is { } hours && !OpeningHours.TryParse(hours, out _, out var error))
                found.Add(source.Error($"{path}.reception_hours", error!));
            if (site.ReceptionHours is null && structure?.OpeningHours is null)
                found.Add(source.Warning($"{path}.reception_hours", "unknown: the offline screen cannot show when the reception is open"));
        }
        return found;
    }
}
