using YamlDotNet.RepresentationModel;

namespace InfoSociale.Core.KnowledgeBase.Loading;

// Maps a YAML document to the model. Lenient on purpose: the schema has already reported every wrong type,
// so a value of the wrong shape is left at its default and the entry still takes part in cross-file checks.
internal static class EntryReader
{
    public static Entry Read(YamlMappingNode map, string fileId, EntryKind folderKind, string folderTerritory) => new()
    {
        Id = Text(map, "id") ?? fileId,
        Kind = Enum.TryParse<EntryKind>(Text(map, "kind"), ignoreCase: true, out var kind) ? kind : folderKind,
        Territory = Text(map, "territory") ?? folderTerritory,
        Title = Text(map, "title") ?? "",
        Summary = Text(map, "summary") ?? "",
        Need = Text(map, "need"),
        Body = Text(map, "body") ?? "",
        Publics = Texts(map, "publics"),
        Themes = Texts(map, "themes"),
        Keywords = Texts(map, "keywords"),
        Eligibility = Mappings(map, "eligibility").Select(ReadCondition).ToList(),
        Centrality = Mapping(map, "centrality") is { } levels ? ReadCentrality(levels) : new Dictionary<string, Centrality>(),
        After = Texts(map, "after"),
        Steps = Texts(map, "steps"),
        Documents = Texts(map, "documents"),
        Structures = Texts(map, "structures"),
        Contact = Mapping(map, "contact") is { } c ? new Contact(Text(c, "phone"), Text(c, "email"), Text(c, "website")) : null,
        Address = Mapping(map, "address") is { } a
            ? new Address(Text(a, "street") ?? "", Text(a, "postal_code") ?? "", Text(a, "city") ?? "", Text(a, "quartier"))
            : null,
        Geo = Mapping(map, "geo") is { } g && YamlTypes.Number(Value(g, "lat")) is { } lat && YamlTypes.Number(Value(g, "lon")) is { } lon
            ? new GeoPoint(lat, lon)
            : null,
        OpeningHours = Text(map, "opening_hours"),
        Accessibility = Texts(map, "accessibility"),
        Languages = Texts(map, "languages"),
        Number = Text(map, "number"),
        WhenToCall = Text(map, "when_to_call"),
        AvailableHours = Text(map, "available_hours"),
        Situation = Text(map, "situation"),
        SearchOnlyKeywords = Texts(map, "search_only_keywords"),
        Sources = Texts(map, "sources"),
        LastVerified = DateOnly.TryParseExact(Text(map, "last_verified"), "yyyy-MM-dd", out var date) ? date : null,
        Verified = YamlTypes.Boolean(Value(map, "verified")) ?? false,
    };

    public static Territory ReadTerritory(YamlMappingNode map, string folderTerritory) => new()
    {
        Id = Text(map, "id") ?? folderTerritory,
        Name = Text(map, "name") ?? folderTerritory,
        Country = Text(map, "country") ?? "",
        TimeZone = Text(map, "time_zone") ?? "",
        Languages = Texts(map, "languages"),
        EmergencyNumbers = Mappings(map, "emergency_numbers")
            .Select(n => new EmergencyNumber(Text(n, "number") ?? "", Text(n, "label") ?? ""))
            .ToList(),
        DefaultStructure = Text(map, "default_structure") ?? "",
    };

    private static EligibilityCondition ReadCondition(YamlMappingNode map) => new()
    {
        Fact = Text(map, "fact") ?? "",
        Min = YamlTypes.Number(Value(map, "min")),
        Max = YamlTypes.Number(Value(map, "max")),
        In = Texts(map, "in"),
        EqualsValue = YamlTypes.Boolean(Value(map, "equals")),
        Explain = Text(map, "explain") ?? "",
    };

    // centrality: { benefit: [argent], help: [alimentation], desk: [] } -> argent: Benefit, alimentation: Help.
    // A theme named twice keeps its first level; the validator reports it.
    private static Dictionary<string, Centrality> ReadCentrality(YamlMappingNode map)
    {
        var levels = new Dictionary<string, Centrality>();
        foreach (var level in Enum.GetValues<Centrality>())
            foreach (var theme in Texts(map, level.ToString().ToLowerInvariant()))
                levels.TryAdd(theme, level);
        return levels;
    }

    private static YamlNode? Value(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    private static string? Text(YamlMappingNode map, string key) => YamlTypes.Text(Value(map, key));

    private static IReadOnlyList<string> Texts(YamlMappingNode map, string key) =>
        Value(map, key) is YamlSequenceNode list ? list.Children.Select(YamlTypes.Text).OfType<string>().ToList() : [];

    private static YamlMappingNode? Mapping(YamlMappingNode map, string key) => Value(map, key) as YamlMappingNode;

    private static IEnumerable<YamlMappingNode> Mappings(YamlMappingNode map, string key) =>
        Value(map, key) is YamlSequenceNode list ? list.Children.OfType<YamlMappingNode>() : [];
}
