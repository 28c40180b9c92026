using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace InfoSociale.Core.KnowledgeBase.Loading;

// What a YAML node holds, in JSON Schema's terms.
internal enum YamlValueType { Null, Boolean, Integer, Number, String, Array, Object }

// YAML core-schema typing of plain scalars; quoted scalars are always text. "117" is text, 117 a number.
internal static partial class YamlTypes
{
    public static YamlValueType TypeOf(YamlNode? node) => node switch
    {
        null => YamlValueType.Null,
        YamlMappingNode => YamlValueType.Object,
        YamlSequenceNode => YamlValueType.Array,
        YamlScalarNode s when s.Style != ScalarStyle.Plain || !s.Tag.IsEmpty => YamlValueType.String,
        YamlScalarNode s => PlainType(s.Value ?? ""),
        _ => YamlValueType.String,
    };

    public static string Describe(YamlValueType type) => type switch
    {
        YamlValueType.Null => "an empty value",
        YamlValueType.Boolean => "true or false",
        YamlValueType.Integer => "a whole number",
        YamlValueType.Number => "a number",
        YamlValueType.String => "text",
        YamlValueType.Array => "a list",
        _ => "'key: value' lines",
    };

    public static string? Text(YamlNode? node) =>
        node is YamlScalarNode s && TypeOf(s) != YamlValueType.Null ? s.Value?.Trim() : null;

    public static double? Number(YamlNode? node) =>
        TypeOf(node) is YamlValueType.Integer or YamlValueType.Number
            ? double.Parse(((YamlScalarNode)node!).Value!, NumberStyles.Float, CultureInfo.InvariantCulture)
            : null;

    public static bool? Boolean(YamlNode? node) =>
        TypeOf(node) == YamlValueType.Boolean ? ((YamlScalarNode)node!).Value!.Equals("true", StringComparison.OrdinalIgnoreCase) : null;

    private static YamlValueType PlainType(string value)
    {
        if (value is "" or "~" or "null" or "Null" or "NULL") return YamlValueType.Null;
        if (value is "true" or "True" or "TRUE" or "false" or "False" or "FALSE") return YamlValueType.Boolean;
        if (IntegerPattern().IsMatch(value)) return YamlValueType.Integer;
        if (NumberPattern().IsMatch(value)) return YamlValueType.Number;
        return YamlValueType.String;
    }

    [GeneratedRegex(@"^[-+]?[0-9]+$")]
    private static partial Regex IntegerPattern();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")]
    private static partial Regex NumberPattern();
}
