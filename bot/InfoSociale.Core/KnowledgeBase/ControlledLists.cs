namespace InfoSociale.Core.KnowledgeBase;

// The controlled lists of knowledge-base/schema/entry.schema.json, for code that must agree with them
// (parcours checks, dialogs offering themes). The schema stays the one place they are written.
public static class ControlledLists
{
    public static IReadOnlySet<string> Publics { get; } = EnumOf("publics");

    public static IReadOnlySet<string> Themes { get; } = EnumOf("themes");

    private static HashSet<string> EnumOf(string listField) =>
        KnowledgeBaseLoader.EntrySchema.Value.Properties[listField].Items!.Enum!.ToHashSet(StringComparer.Ordinal);
}
