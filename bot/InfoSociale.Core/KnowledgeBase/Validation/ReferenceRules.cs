using InfoSociale.Core.KnowledgeBase.Loading;

namespace InfoSociale.Core.KnowledgeBase.Validation;

// Which kinds may use which kind-specific field, and which fields a kind cannot do without.
internal sealed class KindFieldsRule : IKnowledgeBaseRule
{
    private static readonly Dictionary<string, EntryKind[]> FieldKinds = new()
    {
        ["eligibility"] = [EntryKind.Prestation, EntryKind.Droit],
        ["centrality"] = [EntryKind.Prestation, EntryKind.Droit],
        ["after"] = [EntryKind.Prestation, EntryKind.Droit],
        ["steps"] = [EntryKind.Prestation, EntryKind.Droit],
        ["documents"] = [EntryKind.Prestation, EntryKind.Droit],
        ["structures"] = [EntryKind.Prestation, EntryKind.Droit, EntryKind.Urgence],
        ["address"] = [EntryKind.Structure],
        ["geo"] = [EntryKind.Structure],
        ["opening_hours"] = [EntryKind.Structure],
        ["accessibility"] = [EntryKind.Structure],
        ["languages"] = [EntryKind.Structure],
        ["number"] = [EntryKind.Urgence],
        ["when_to_call"] = [EntryKind.Urgence],
        ["available_hours"] = [EntryKind.Urgence],
        ["situation"] = [EntryKind.Urgence],
        ["search_only_keywords"] = [EntryKind.Urgence],
    };

    private static readonly string[] UrgenceFields = ["number", "when_to_call", "available_hours"];

    public IEnumerable<KbDiagnostic> Check(LoadedKnowledgeBase knowledgeBase)
    {
        foreach (var (entry, source, _, _, _) in knowledgeBase.LoadedEntries)
        {
            foreach (var (field, kinds) in FieldKinds)
                if (source.Has(field) && !kinds.Contains(entry.Kind))
                    yield return source.Error(field, $"only {string.Join(", ", kinds.Select(Name))} entries have this field, not {Name(entry.Kind)}");
            if (entry.Kind == EntryKind.Urgence)
                foreach (var missing in UrgenceFields.Where(f => !source.Has(f)))
                    yield return new KbDiagnostic(source.File, 1, Severity.Error, $"missing required field '{missing}' (an urgence needs {string.Join(", ", UrgenceFields)})");
            if (entry.Kind == EntryKind.Prestation && entry.Structures.Count == 0)
                yield return source.Error("structures", "a prestation needs at least one structure (where to go)");
        }
    }

    private static string Name(EntryKind kind) => kind.ToString().ToLowerInvariant();
}

// Every id in `structures` names a structure entry of the same territory.
internal sealed class StructureReferenceRule : IKnowledgeBaseRule
{
    public IEnumerable<KbDiagnostic> Check(LoadedKnowledgeBase knowledgeBase)
    {
        foreach (var (entry, source, _, _, _) in knowledgeBase.LoadedEntries)
            for (var i = 0; i < entry.Structures.Count; i++)
                if (Problem(knowledgeBase.Catalog, entry.Structures[i], entry.Territory) is { } problem)
                    yield return source.Error($"structures[{i}]", problem);
    }

    public static string? Problem(EntryCatalog catalog, string id, string territory)
    {
        var target = catalog.Find(id);
        if (target is null)
        {
            var structures = catalog.InTerritory(territory).Where(e => e.Kind == EntryKind.Structure).Select(e => e.Id);
            return $"no entry '{id}'{SchemaValidator.Suggest(id, structures)}";
        }
        if (target.Kind != EntryKind.Structure) return $"'{id}' is a {target.Kind.ToString().ToLowerInvariant()}, not a structure";
        if (target.Territory != territory) return $"'{id}' belongs to the territory '{target.Territory}', not '{territory}'";
        return null;
    }
}
