namespace InfoSociale.Core.Orientation.Matching;

// "{enfant} ... {maltraite}" with "enfant = enfant* | gamin* | petit du voisin" and "maltraite = se fait frapper | a des
// bleus partout" stands for every pair: one line describes how residents report a situation (who, then what happens
// to them) instead of one line per sentence. Expanded into plain patterns when the file is read, so matching stays
// the same; a class must be defined on a line above its first use.
public static class WordClasses
{
    // Guards against a line whose classes multiply into more patterns than a turn should test.
    public const int MaxPatternsPerLine = 4000;

    public static IReadOnlyList<string> Expand(string pattern, IReadOnlyDictionary<string, IReadOnlyList<string>> classes, LexiconLine line)
    {
        var open = pattern.IndexOf('{');
        if (open < 0) return [pattern];
        var close = pattern.IndexOf('}', open);
        if (close < 0) throw line.Error($"\"{{\" without \"}}\" in \"{pattern}\"");
        var name = pattern[(open + 1)..close];
        if (!classes.TryGetValue(name, out var members))
            throw line.Error($"unknown word class {{{name}}}: define it on a line above, \"{name} = word | other words\"");
        var expanded = new List<string>();
        foreach (var member in members)
        {
            expanded.AddRange(Expand(pattern[..open] + member + pattern[(close + 1)..], classes, line));
            if (expanded.Count > MaxPatternsPerLine)
                throw line.Error($"this line stands for more than {MaxPatternsPerLine} patterns: split it or use shorter classes");
        }
        return expanded;
    }
}
