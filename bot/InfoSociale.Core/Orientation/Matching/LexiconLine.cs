namespace InfoSociale.Core.Orientation.Matching;

// One line of an orientation word file (urgences.txt, publics.txt) that says something: "<id> <marker> <rest>".
// Read skips blank lines and "#" comments and reads the "~ spoken = written" lines every such file shares;
// errors name the file and the line.
public sealed record LexiconLine(string Text, int Number, string FileName)
{
    public static IEnumerable<LexiconLine> Read(IReadOnlyList<string> lines, string fileName, IDictionary<string, IReadOnlyList<string>> spokenForms)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            var line = new LexiconLine(lines[i].Trim(), i + 1, fileName);
            if (line.Text.Length == 0 || line.Text.StartsWith('#')) continue;
            if (!line.Text.StartsWith('~')) yield return line;
            else if (!SpokenForms.TryAdd(line.Text, spokenForms)) throw line.Error(SpokenForms.LineGrammar);
        }
    }

    public DataFileException Error(string problem) => new(FileName, Number, problem);

    // "<id> <marker> <rest>"; `grammar` is what the file expects, said when the line has fewer parts.
    public (string Id, string Marker, string Remainder) Parts(string grammar)
    {
        var parts = Text.Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 3) throw Error(grammar);
        return (parts[0], parts[1], parts[2]);
    }

    public WordPattern Pattern(string text)
    {
        try { return WordPattern.Parse(text); }
        catch (FormatException e) { throw Error(e.Message); }
    }
}
