using System.Text.Json;

namespace InfoSociale.Core.KnowledgeBase;

// The controlled lists of publics and themes, read from the entry schema so that there is one list to edit.
public static class ControlledLists
{
    private static readonly Lazy<JsonElement> Definitions = new(() =>
        JsonDocument.Parse(KnowledgeBaseLoader.EmbeddedSchema("entry.schema.json")).RootElement.GetProperty("$defs").Clone());

    public static IReadOnlySet<string> Publics { get; } = Enum("public");

    public static IReadOnlySet<string> Themes { get; } = Enum("theme");

    private static HashSet<string> Enum(string definition) =>
        Definitions.Value.GetProperty(definition).GetProperty("enum").EnumerateArray().Select(v => v.GetString()!).ToHashSet(StringComparer.Ordinal);
}
