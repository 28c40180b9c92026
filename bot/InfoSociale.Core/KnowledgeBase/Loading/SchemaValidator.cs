using InfoSociale.Core.Text;
using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace InfoSociale.Core.KnowledgeBase.Loading;

// Checks a YAML document against a SchemaRule and reports every problem with its line, at most one per value.
internal static partial class SchemaValidator
{
    private delegate void Report(int line, Severity severity, string message);

    public static void Validate(SourceDocument document, SchemaRule schema, ICollection<KbDiagnostic> diagnostics) =>
        Check(document.Root, SourceDocument.Line(document.Root), schema, "", (line, severity, message) =>
            diagnostics.Add(new(document.File, line, severity, message)));

    private static void Check(YamlNode node, int line, SchemaRule rule, string path, Report report)
    {
        var type = YamlTypes.TypeOf(node);
        if (rule.Types.Count > 0 && !rule.Types.Any(t => Accepts(t, type)))
        {
            report(line, Severity.Error, $"{Name(path)}: expected {Expected(rule.Types)}, found {YamlTypes.Describe(type)}");
            return;
        }
        switch (node)
        {
            case YamlMappingNode map: CheckMapping(map, line, rule, path, report); break;
            case YamlSequenceNode list: CheckList(list, line, rule, path, report); break;
            case YamlScalarNode scalar when type != YamlValueType.Null: CheckScalar(scalar, type, line, rule, path, report); break;
        }
    }

    private static void CheckMapping(YamlMappingNode map, int line, SchemaRule rule, string path, Report report)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (keyNode, value) in map.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            keys.Add(key);
            var keyLine = SourceDocument.Line(keyNode);
            if (rule.Properties.TryGetValue(key, out var property) && YamlTypes.TypeOf(value) == YamlValueType.Null && !rule.Required.Contains(key))
                report(keyLine, Severity.Warning, $"{Join(path, key)}: empty value; fill it in or remove the line");
            else if (rule.Properties.TryGetValue(key, out property))
                Check(value, keyLine, property, Join(path, key), report);
            else if (!rule.AdditionalProperties)
                report(keyLine, Severity.Error, $"{Prefix(path)}unknown field '{key}'{Suggest(key, rule.Properties.Keys)}");
        }
        foreach (var missing in rule.Required.Where(r => !keys.Contains(r) || YamlTypes.TypeOf(map.Children[new YamlScalarNode(r)]) == YamlValueType.Null))
            report(line, Severity.Error, $"{Prefix(path)}missing required field '{missing}'");
    }

    private static void CheckList(YamlSequenceNode list, int line, SchemaRule rule, string path, Report report)
    {
        if (rule.MinItems is { } minItems && list.Children.Count < minItems)
            report(line, Severity.Error, $"{Name(path)}: needs at least {minItems} item{(minItems > 1 ? "s" : "")}");
        if (rule.Items is null) return;
        for (var i = 0; i < list.Children.Count; i++)
            Check(list.Children[i], SourceDocument.Line(list.Children[i]), rule.Items, $"{path}[{i}]", report);
    }

    private static void CheckScalar(YamlScalarNode scalar, YamlValueType type, int line, SchemaRule rule, string path, Report report)
    {
        var text = scalar.Value?.Trim() ?? "";
        var problem = type is YamlValueType.Integer or YamlValueType.Number && !rule.Types.Contains("string")
            ? NumberProblem(double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture), rule)
            : TextProblem(text, rule);
        if (problem is not null) report(line, Severity.Error, $"{Name(path)}: {problem}");
    }

    private static string? NumberProblem(double value, SchemaRule rule)
    {
        if (rule.Minimum is { } min && value < min) return $"{value.ToString(CultureInfo.InvariantCulture)} is below the minimum {min.ToString(CultureInfo.InvariantCulture)}";
        if (rule.Maximum is { } max && value > max) return $"{value.ToString(CultureInfo.InvariantCulture)} is above the maximum {max.ToString(CultureInfo.InvariantCulture)}";
        return null;
    }

    private static string? TextProblem(string text, SchemaRule rule)
    {
        var length = new StringInfo(text).LengthInTextElements;
        if (rule.Enum is { } allowed && !allowed.Contains(text, StringComparer.Ordinal))
            return $"'{text}' is not an allowed value{Suggest(text, allowed)}; allowed: " +
                   (allowed.Count <= 25 ? string.Join(", ", allowed) : "see knowledge-base/README.md");
        if (rule.MinLength is { } minLength && length < minLength) return $"too short ({length} characters, at least {minLength})";
        if (rule.MaxLength is { } maxLength && length > maxLength) return $"too long ({length} characters, at most {maxLength})";
        if (rule.Pattern is { } pattern && !pattern.IsMatch(text))
            return $"'{text}' is not in the expected form" + (rule.Description is { } d ? $" ({d})" : $" (pattern {pattern})");
        return rule.Format switch
        {
            "date" when !DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _) =>
                $"'{text}' is not a date written YYYY-MM-DD",
            "uri" when !Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Host.Length == 0 || text.Any(char.IsWhiteSpace) =>
                $"'{text}' is not a full web address (https://…)",
            "email" when !EmailPattern().IsMatch(text) => $"'{text}' is not an e-mail address",
            _ => null,
        };
    }

    // A number written where text is expected is read as written (postal_code: 1204), so "string" accepts it.
    private static bool Accepts(string schemaType, YamlValueType type) => SchemaType(schemaType) switch
    {
        YamlValueType.String => type is YamlValueType.String or YamlValueType.Integer or YamlValueType.Number,
        YamlValueType.Number => type is YamlValueType.Integer or YamlValueType.Number,
        var expected => type == expected,
    };

    private static string Expected(IReadOnlyList<string> types) =>
        string.Join(" or ", types.Select(t => YamlTypes.Describe(SchemaType(t))));

    private static YamlValueType SchemaType(string schemaType) => schemaType switch
    {
        "string" => YamlValueType.String,
        "number" => YamlValueType.Number,
        "integer" => YamlValueType.Integer,
        "boolean" => YamlValueType.Boolean,
        "array" => YamlValueType.Array,
        "object" => YamlValueType.Object,
        _ => YamlValueType.Null, // SchemaRule.Compile admits only JSON Schema's seven types
    };

    // "did you mean" for a near miss: edit distance at most 2, or 1 for short words.
    internal static string Suggest(string wrong, IEnumerable<string> known)
    {
        var best = known.Select(k => (Word: k, Distance: EditDistance.Between(wrong, k))).OrderBy(c => c.Distance).FirstOrDefault();
        return best.Word is not null && best.Distance <= (wrong.Length <= 4 ? 1 : 2) ? $" (did you mean '{best.Word}'?)" : "";
    }

    private static string Join(string path, string key) => path.Length == 0 ? key : $"{path}.{key}";

    private static string Name(string path) => path.Length == 0 ? "file" : path;

    private static string Prefix(string path) => path.Length == 0 ? "" : $"{path}: ";

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[a-z]{2,}$", RegexOptions.IgnoreCase)]
    private static partial Regex EmailPattern();
}
