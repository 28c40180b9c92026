using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace InfoSociale.Core.KnowledgeBase.Build;

// data/kb/entries.json: the validated, normalised model the bot loads instead of re-reading the YAML files.
public sealed record EntriesDocument(int FormatVersion, IReadOnlyList<Territory> Territories, IReadOnlyList<Entry> Entries);

public static class EntriesJson
{
    public const string FileName = "entries.json";
    private const int FormatVersion = 1;

    // snake_case keys and lowercase kinds, like the YAML files; accents written as is.
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static EntryCatalog Read(string buildFolder)
    {
        var path = Path.Combine(buildFolder, FileName);
        using var stream = File.OpenRead(path);
        var document = JsonSerializer.Deserialize<EntriesDocument>(stream, Options)
            ?? throw new InvalidDataException($"{path} is empty");
        if (document.FormatVersion != FormatVersion)
            throw new InvalidDataException($"{path} has format {document.FormatVersion}, expected {FormatVersion}: run ./infosociale kb build");
        return new EntryCatalog(document.Entries, document.Territories);
    }

    internal static void Write(EntryCatalog catalog, string path)
    {
        var document = new EntriesDocument(FormatVersion, catalog.Territories.Values.OrderBy(t => t.Id, StringComparer.Ordinal).ToList(), catalog.Entries);
        using var stream = File.Create(path);
        JsonSerializer.Serialize(stream, document, new JsonSerializerOptions(Options) { WriteIndented = true });
    }
}

public sealed class EntriesJsonWriter : IKnowledgeBaseArtifactWriter
{
    public string Write(EntryCatalog catalog, string outputFolder)
    {
        var path = Path.Combine(outputFolder, EntriesJson.FileName);
        EntriesJson.Write(catalog, path);
        return path;
    }
}
