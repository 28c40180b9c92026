using InfoSociale.Core.KnowledgeBase;
using InfoSociale.Core.KnowledgeBase.Loading;
using YamlDotNet.RepresentationModel;

namespace InfoSociale.Core.Kiosks;

// A kiosk site with where it came from, for checks that report lines ("kiosques[1].structure").
public sealed record LoadedKioskSite(KioskSite Site, SourceDocument Source, string Path);

// knowledge-base/kiosques.yaml, read and checked against schema/kiosques.schema.json. No file means no kiosk.
public static class KioskSites
{
    public const string FileName = "kiosques.yaml";

    private static readonly Lazy<SchemaRule> Schema = new(() => SchemaRule.Compile(KnowledgeBaseLoader.EmbeddedSchema("kiosques.schema.json")));

    public static IReadOnlyList<LoadedKioskSite> Read(string knowledgeBaseFolder, ICollection<KbDiagnostic> diagnostics)
    {
        var file = System.IO.Path.Combine(knowledgeBaseFolder, FileName);
        if (!File.Exists(file)) return [];
        var display = KnowledgeBaseLoader.DisplayPath(System.IO.Path.GetFullPath(knowledgeBaseFolder), file);
        var document = YamlFile.Read(file, display, diagnostics);
        if (document is null) return [];
        SchemaValidator.Validate(document, Schema.Value, diagnostics);
        if (!document.Root.Children.TryGetValue(new YamlScalarNode("kiosques"), out var list) || list is not YamlSequenceNode items) return [];
        return items.Children.OfType<YamlMappingNode>()
            .Select((item, index) => new LoadedKioskSite(ReadSite(item), document, $"kiosques[{index}]"))
            .ToList();
    }

    // For the host: the sites of a knowledge base that validates (kb validate reports the problems).
    public static IReadOnlyDictionary<string, KioskSite> Load(string knowledgeBaseFolder) =>
        Read(knowledgeBaseFolder, new List<KbDiagnostic>())
            .Select(loaded => loaded.Site)
            .DistinctBy(site => site.Id)
            .ToDictionary(site => site.Id, StringComparer.Ordinal);

    private static KioskSite ReadSite(YamlMappingNode map) => new()
    {
        Id = Text(map, "id") ?? "",
        Name = Text(map, "name") ?? "",
        Territory = Text(map, "territory") ?? "",
        Structure = Text(map, "structure") ?? "",
        Coordinates = Value(map, "coordinates") is YamlMappingNode point
            && YamlTypes.Number(Value(point, "lat")) is { } lat && YamlTypes.Number(Value(point, "lon")) is { } lon
            ? new GeoPoint(lat, lon) : null,
        Languages = Value(map, "languages") is YamlSequenceNode languages
            ? languages.Children.Select(YamlTypes.Text).OfType<string>().ToList() : ["fr"],
        IdleSeconds = (int?)YamlTypes.Number(Value(map, "idle_seconds")) ?? KioskSite.DefaultIdleSeconds,
        WarningSeconds = (int?)YamlTypes.Number(Value(map, "warning_seconds")) ?? KioskSite.DefaultWarningSeconds,
        ReceptionHours = Text(map, "reception_hours"),
    };

    private static YamlNode? Value(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    private static string? Text(YamlMappingNode map, string key) => YamlTypes.Text(Value(map, key));
}
