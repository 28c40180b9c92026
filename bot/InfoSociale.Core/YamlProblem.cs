using System.Text.RegularExpressions;
using YamlDotNet.Core;

namespace InfoSociale.Core;

// Turns what the YAML parser says into the line it concerns and a sentence an editor can act on.
// YamlDotNet's own messages ("While parsing a block mapping, did not find expected key.") name the
// parser's state, not the slip; a tab in an indentation is often reported lines away from it.
public static class YamlProblem
{
    public static (int Line, string Message) Explain(YamlException error, string text)
    {
        // YamlDotNet reports a tab in an indentation at line 1 or near it; the tab is the slip whatever it says.
        var tab = FirstTabIndentedLine(text);
        if (tab > 0)
            return (tab, "a tab indents this line; YAML indents with spaces only: replace the tab with spaces");
        var raw = Raw(error);
        var line = (int)error.Start.Line;
        foreach (var (pattern, explanation) in Explanations)
        {
            var match = pattern.Match(raw);
            if (match.Success) return (line, string.Format(explanation, match.Groups[1].Value.Trim()));
        }
        return (line, $"this line cannot be read as YAML (the parser says: {raw.TrimEnd('.')}); check that it is indented with " +
            "spaces like the lines above and that every quote and bracket is closed");
    }

    // The unclosed-list case that YamlDotNet reports with an InvalidOperationException instead of a YamlException,
    // at the line where it gave up: the list opened on the last line above it with more '[' than ']' (or '{' than '}').
    public static (int Line, string Message) UnclosedList(string text, int stuckAt)
    {
        var lines = text.Split('\n');
        var line = Math.Clamp(stuckAt, 1, lines.Length);
        for (var i = line; i >= 1; i--)
        {
            var code = lines[i - 1];
            if (code.Count(c => c == '[') > code.Count(c => c == ']') || code.Count(c => c == '{') > code.Count(c => c == '}'))
            {
                line = i;
                break;
            }
        }
        return (line, "a '[ ]' or '{ }' list opened on this line is not closed: close it with ']' or '}' on the same line");
    }

    // 1-based number of the first line whose indentation holds a tab, 0 when none does.
    public static int FirstTabIndentedLine(string text)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var indentation = lines[i].Length - lines[i].TrimStart(' ', '\t').Length;
            if (lines[i].AsSpan(0, indentation).Contains('\t')) return i + 1;
        }
        return 0;
    }

    private static string Raw(YamlException error)
    {
        var message = (error.InnerException as YamlException ?? error).Message;
        return Regex.Replace(message, @"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\): ", "");
    }

    // Checked in order; {0} is the first group of the pattern.
    private static readonly (Regex Pattern, string Explanation)[] Explanations =
    [
        (new(@"^Duplicate key (.+)$"), "the key '{0}' appears twice; keep one of the two lines (merge their values)"),
        (new(@"did not find expected ',' or '\]'"), "a '[ ]' list is not closed or misses a comma: write [a, b, c] and close it with ']' on the same line"),
        (new(@"did not find expected ',' or '\}'"), "a '{{ }}' list is not closed or misses a comma: write {{a: 1, b: 2}} and close it with '}}' on the same line"),
        (new(@"found unexpected end of stream|quoted scalar", RegexOptions.IgnoreCase),
            "a quote (\" or ') opened on this line or above is never closed: close it at the end of the value"),
        (new(@"Mapping values are not allowed in this context|found invalid mapping"),
            "a value holds ': ' (a colon then a space): put the whole value in quotes, or give the key its own line"),
        (new(@"could not find expected ':'"), "a key has no ':' after it, or a quote is not closed: write 'key: value' or close the quote"),
        (new(@"did not find expected '-' indicator"), "a list item is not aligned with the items above: start each item with '- ' at the same indentation"),
        (new(@"did not find expected key"),
            "this line is not aligned with the keys above it, or a value starts with a quote but goes on after it: align the key with the " +
            "others (spaces only) or put the whole value in quotes"),
        (new(@"did not find expected node content|cannot start any token"),
            "a value is missing, or starts with a sign YAML keeps for itself (@ ` % | > * & ! [ {{): write the value, or put it in quotes"),
        (new(@"found undefined alias|while scanning an (?:alias|anchor)", RegexOptions.IgnoreCase),
            "'*' or '&' starts a value here, which YAML reads as a reference: put the value in quotes"),
        (new(@"found a tab character|tab", RegexOptions.IgnoreCase), "a tab is used here; YAML indents with spaces only: replace the tab with spaces"),
    ];
}
