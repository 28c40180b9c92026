using InfoSociale.Core.Orientation.Matching;

namespace InfoSociale.Core.Orientation.Scope;

// Reads knowledge-base/analysis/demandes.txt (its first lines give the grammar). Errors name the file and line.
public static class RequestScopeLoader
{
    public const string FileName = "demandes.txt";

    public static RequestScopeLexicon Load(string path) => Parse(File.ReadAllLines(path), Path.GetFileName(path));

    public static RequestScopeLexicon Parse(IReadOnlyList<string> lines, string fileName)
    {
        var (vague, surrounding, outOfScope, inScope) = (new List<WordPattern>(), new HashSet<string>(), new List<WordPattern>(), new List<WordPattern>());
        var spoken = new Dictionary<string, IReadOnlyList<string>>();
        foreach (var line in LexiconLine.Read(lines, fileName, spoken))
        {
            var (kind, marker, rest) = line.Parts("expected \"vague +|-|= ...\" or \"hors-sujet +|- ...\"");
            switch (kind, marker)
            {
                case ("vague", "+"): vague.Add(line.Pattern(rest)); break;
                case ("vague", "="): surrounding.UnionWith(FoldedWords.Split(rest)); break;
                case ("hors-sujet", "+"): outOfScope.Add(line.Pattern(rest)); break;
                case ("hors-sujet", "-"): inScope.Add(line.Pattern(rest)); break;
                case ("vague" or "hors-sujet", _): throw line.Error($"unknown marker \"{marker}\" for {kind}: use + or - (and = for vague)");
                default: throw line.Error($"unknown kind \"{kind}\": use vague or hors-sujet");
            }
        }
        if (vague.Count == 0 || outOfScope.Count == 0)
            throw new DataFileException(fileName, lines.Count, "expected at least one \"vague +\" and one \"hors-sujet +\" pattern");
        return new RequestScopeLexicon(vague, surrounding, outOfScope, inScope, spoken);
    }
}
