using InfoSociale.Core.KnowledgeBase.Loading;

namespace InfoSociale.Core.KnowledgeBase;

// An entry with where it came from, for checks that report lines.
public sealed record LoadedEntry(Entry Entry, SourceDocument Source, string FileId, EntryKind FolderKind, string FolderTerritory);

public sealed record LoadedTerritory(Territory Territory, SourceDocument Source, string FolderName);

public sealed record LoadedKnowledgeBase(
    EntryCatalog Catalog,
    IReadOnlyList<KbDiagnostic> Diagnostics,
    IReadOnlyList<LoadedEntry> LoadedEntries,
    IReadOnlyList<LoadedTerritory> LoadedTerritories)
{
    public int ErrorCount => Diagnostics.Count(d => d.Severity == Severity.Error);

    public int WarningCount => Diagnostics.Count(d => d.Severity == Severity.Warning);

    public bool HasErrors => ErrorCount > 0;

    // The knowledge-base folder that was read (full path).
    public string Folder { get; init; } = "";

    // How diagnostics name a file: relative to the folder that holds the knowledge base ("knowledge-base/ge/…").
    public string DisplayPath(string fullPath) => KnowledgeBaseLoader.DisplayPath(Folder, fullPath);
}

// Reads knowledge-base/<territory>/territory.yaml and knowledge-base/<territory>/<kind>/<id>.yaml, checks each file
// against knowledge-base/schema/*.schema.json, and reports syntax, type and unknown-field problems with their line.
public static class KnowledgeBaseLoader
{
    // Folders of the knowledge base that hold other data than entries.
    private static readonly HashSet<string> NotTerritories = ["schema", "analysis", "parcours", "messages"];

    private static readonly Dictionary<string, EntryKind> KindFolders =
        Enum.GetValues<EntryKind>().ToDictionary(k => k.ToString().ToLowerInvariant(), StringComparer.Ordinal);

    internal static readonly Lazy<SchemaRule> EntrySchema = new(() => SchemaRule.Compile(EmbeddedSchema("entry.schema.json")));
    private static readonly Lazy<SchemaRule> TerritorySchema = new(() => SchemaRule.Compile(EmbeddedSchema("territory.schema.json")));

    public static LoadedKnowledgeBase Load(string knowledgeBaseFolder)
    {
        var root = Path.GetFullPath(knowledgeBaseFolder);
        if (!Directory.Exists(root)) throw new DirectoryNotFoundException($"knowledge-base folder not found: {root}");
        string Display(string path) => DisplayPath(root, path);

        var diagnostics = new List<KbDiagnostic>();
        var entries = new List<LoadedEntry>();
        var territories = new List<LoadedTerritory>();
        foreach (var folder in Sorted(Directory.GetDirectories(root)))
        {
            var name = Path.GetFileName(folder);
            if (NotTerritories.Contains(name) || name.StartsWith('.')) continue;
            var territoryFile = Path.Combine(folder, "territory.yaml");
            if (!File.Exists(territoryFile))
            {
                diagnostics.Add(new(Display(folder), 0, Severity.Error, "a territory folder needs a territory.yaml file"));
                continue;
            }
            if (ReadChecked(territoryFile, Display(territoryFile), TerritorySchema.Value, diagnostics) is { } territoryDocument)
                territories.Add(new(EntryReader.ReadTerritory(territoryDocument.Root, name), territoryDocument, name));
            foreach (var stray in Sorted(Directory.GetFiles(folder)).Where(f => f != territoryFile && IsYaml(f)))
                diagnostics.Add(new(Display(stray), 0, Severity.Error, $"entries go in a kind folder: {name}/<kind>/<id>.yaml"));
            foreach (var kindFolder in Sorted(Directory.GetDirectories(folder)))
                LoadKind(kindFolder, name, Display, diagnostics, entries);
        }
        var catalog = new EntryCatalog(entries.Select(e => e.Entry), territories.Select(t => t.Territory));
        return new LoadedKnowledgeBase(catalog, diagnostics, entries, territories) { Folder = root };
    }

    internal static string DisplayPath(string knowledgeBaseFolder, string fullPath)
    {
        var displayBase = Path.GetDirectoryName(knowledgeBaseFolder.TrimEnd(Path.DirectorySeparatorChar)) ?? knowledgeBaseFolder;
        return Path.GetRelativePath(displayBase, fullPath).Replace('\\', '/');
    }

    private static void LoadKind(string kindFolder, string territory, Func<string, string> display, List<KbDiagnostic> diagnostics, List<LoadedEntry> entries)
    {
        var kindName = Path.GetFileName(kindFolder);
        if (!KindFolders.TryGetValue(kindName, out var kind))
        {
            diagnostics.Add(new(display(kindFolder), 0, Severity.Error,
                $"unknown kind folder '{kindName}' (kinds: {string.Join(", ", KindFolders.Keys)})"));
            return;
        }
        foreach (var file in Sorted(Directory.GetFiles(kindFolder)))
        {
            if (file.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
            {
                diagnostics.Add(new(display(file), 0, Severity.Error, "rename the file with the .yaml extension"));
                continue;
            }
            if (!file.EndsWith(".yaml", StringComparison.Ordinal)) continue;
            if (ReadChecked(file, display(file), EntrySchema.Value, diagnostics) is not { } document) continue;
            var fileId = Path.GetFileNameWithoutExtension(file);
            entries.Add(new(EntryReader.Read(document.Root, fileId, kind, territory), document, fileId, kind, territory));
        }
    }

    private static SourceDocument? ReadChecked(string path, string display, SchemaRule schema, List<KbDiagnostic> diagnostics)
    {
        var document = YamlFile.Read(path, display, diagnostics);
        if (document is not null) SchemaValidator.Validate(document, schema, diagnostics);
        return document;
    }

    internal static string EmbeddedSchema(string fileName)
    {
        using var stream = typeof(KnowledgeBaseLoader).Assembly.GetManifestResourceStream($"InfoSociale.Schema.{fileName}")
            ?? throw new InvalidOperationException($"schema {fileName} is not embedded in InfoSociale.Core");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static bool IsYaml(string file) =>
        file.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || file.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);

    private static IEnumerable<string> Sorted(IEnumerable<string> paths) => paths.Order(StringComparer.Ordinal);
}
