using System.Text.Json;
using System.Text.RegularExpressions;

namespace InfoSociale.Core.KnowledgeBase.Loading;

// A JSON Schema compiled to the keywords knowledge-base/schema/*.schema.json use, and only those: hand-written
// because JsonSchema.Net (its JsonPointer.Net dependency) and NJsonSchema cannot be restored from the package
// copy served here. Any other keyword makes Compile throw, so the schema files cannot silently outgrow it.
internal sealed record SchemaRule
{
    public IReadOnlyList<string> Types { get; init; } = [];
    public string? Description { get; init; }
    public IReadOnlyList<string> Required { get; init; } = [];
    public IReadOnlyDictionary<string, SchemaRule> Properties { get; init; } = new Dictionary<string, SchemaRule>();
    public bool AdditionalProperties { get; init; } = true;
    public IReadOnlyList<string>? Enum { get; init; }
    public Regex? Pattern { get; init; }
    public int? MinLength { get; init; }
    public int? MaxLength { get; init; }
    public int? MinItems { get; init; }
    public double? Minimum { get; init; }
    public double? Maximum { get; init; }
    public SchemaRule? Items { get; init; }
    public string? Format { get; init; }

    private static readonly HashSet<string> Annotations = ["$schema", "$id", "$comment", "$defs", "title", "description"];

    public static SchemaRule Compile(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var definitions = root.TryGetProperty("$defs", out var defs) ? defs : default;
        return Compile(root, definitions, "#");
    }

    private static SchemaRule Compile(JsonElement schema, JsonElement definitions, string where)
    {
        if (schema.TryGetProperty("$ref", out var reference))
        {
            const string prefix = "#/$defs/";
            var name = reference.GetString() ?? "";
            if (!name.StartsWith(prefix, StringComparison.Ordinal) || definitions.ValueKind != JsonValueKind.Object
                || !definitions.TryGetProperty(name[prefix.Length..], out var target))
                throw new InvalidOperationException($"schema {where}: cannot resolve $ref '{name}'");
            var resolved = Compile(target, definitions, name);
            return schema.TryGetProperty("description", out var own) ? resolved with { Description = own.GetString() } : resolved;
        }
        var rule = new SchemaRule();
        foreach (var keyword in schema.EnumerateObject())
        {
            var value = keyword.Value;
            rule = keyword.Name switch
            {
                "type" => rule with { Types = CheckedTypes(value, where) },
                "description" => rule with { Description = value.GetString() },
                "required" => rule with { Required = value.EnumerateArray().Select(r => r.GetString()!).ToList() },
                "properties" => rule with
                {
                    Properties = value.EnumerateObject().ToDictionary(p => p.Name, p => Compile(p.Value, definitions, $"{where}/properties/{p.Name}")),
                },
                "additionalProperties" => rule with { AdditionalProperties = value.GetBoolean() },
                "enum" => rule with { Enum = value.EnumerateArray().Select(e => e.GetString()!).ToList() },
                "pattern" => rule with { Pattern = new Regex(value.GetString()!, RegexOptions.CultureInvariant) },
                "minLength" => rule with { MinLength = value.GetInt32() },
                "maxLength" => rule with { MaxLength = value.GetInt32() },
                "minItems" => rule with { MinItems = value.GetInt32() },
                "minimum" => rule with { Minimum = value.GetDouble() },
                "maximum" => rule with { Maximum = value.GetDouble() },
                "items" => rule with { Items = Compile(value, definitions, $"{where}/items") },
                "format" when value.GetString() is "date" or "uri" or "email" => rule with { Format = value.GetString() },
                _ when Annotations.Contains(keyword.Name) => rule,
                _ => throw new InvalidOperationException($"schema {where}: keyword '{keyword.Name}' ({value}) is not supported by SchemaRule"),
            };
        }
        return rule;
    }

    private static readonly HashSet<string> KnownTypes = ["string", "number", "integer", "boolean", "array", "object", "null"];

    private static List<string> CheckedTypes(JsonElement value, string where)
    {
        var types = value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().Select(t => t.GetString()!).ToList() : [value.GetString()!];
        var unknown = types.FirstOrDefault(t => !KnownTypes.Contains(t));
        return unknown is null ? types : throw new InvalidOperationException($"schema {where}: type '{unknown}' is not a JSON Schema type");
    }
}
