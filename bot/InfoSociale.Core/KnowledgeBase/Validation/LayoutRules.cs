namespace InfoSociale.Core.KnowledgeBase.Validation;

// The id is the file name and starts with the territory; kind and territory are the folders the file sits in.
internal sealed class FileLayoutRule : IKnowledgeBaseRule
{
    public IEnumerable<KbDiagnostic> Check(LoadedKnowledgeBase knowledgeBase)
    {
        foreach (var (entry, source, fileId, folderKind, folderTerritory) in knowledgeBase.LoadedEntries)
        {
            if (!source.Has("id")) continue; // already reported as a missing field
            if (entry.Id != fileId)
                yield return source.Error("id", $"'{entry.Id}' differs from the file name '{fileId}.yaml'");
            else if (!entry.Id.StartsWith(folderTerritory + "-", StringComparison.Ordinal))
                yield return source.Error("id", $"'{entry.Id}' must start with '{folderTerritory}-' (the territory)");
            if (source.Has("kind") && entry.Kind != folderKind)
                yield return source.Error("kind", $"'{entry.Kind.ToString().ToLowerInvariant()}' but the file is in the '{folderKind.ToString().ToLowerInvariant()}' folder");
            if (source.Has("territory") && entry.Territory != folderTerritory)
                yield return source.Error("territory", $"'{entry.Territory}' but the file is in the '{folderTerritory}' folder");
        }
    }
}

// Two files of different kind folders can carry the same id; the first one (in path order) keeps it.
internal sealed class UniqueIdRule : IKnowledgeBaseRule
{
    public IEnumerable<KbDiagnostic> Check(LoadedKnowledgeBase knowledgeBase)
    {
        var firstFile = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var loaded in knowledgeBase.LoadedEntries)
        {
            if (firstFile.TryAdd(loaded.Entry.Id, loaded.Source.File)) continue;
            yield return loaded.Source.Error("id", $"'{loaded.Entry.Id}' is already the id of {firstFile[loaded.Entry.Id]}");
        }
    }
}

// territory.yaml: its id is its folder, its default structure is a structure of the same territory, its time zone exists.
internal sealed class TerritoryFileRule : IKnowledgeBaseRule
{
    public IEnumerable<KbDiagnostic> Check(LoadedKnowledgeBase knowledgeBase)
    {
        foreach (var (territory, source, folder) in knowledgeBase.LoadedTerritories)
        {
            if (source.Has("id") && territory.Id != folder)
                yield return source.Error("id", $"'{territory.Id}' differs from the folder name '{folder}'");
            if (source.Has("time_zone") && !TimeZoneInfo.TryFindSystemTimeZoneById(territory.TimeZone, out _))
                yield return source.Error("time_zone", $"'{territory.TimeZone}' is not a known IANA time zone");
            if (source.Has("default_structure")
                && StructureReferenceRule.Problem(knowledgeBase.Catalog, territory.DefaultStructure, folder) is { } problem)
                yield return source.Error("default_structure", problem);
        }
    }
}
