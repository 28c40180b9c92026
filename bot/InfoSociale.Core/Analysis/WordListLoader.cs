namespace InfoSociale.Core.Analysis;

// Reads the word lists of knowledge-base/analysis/. Each file starts with a "#" comment giving its
// line grammar; "#" starts a comment anywhere. Every error is collected as "file:line: message" and
// all are thrown together, so staff fix them in one pass.
public static class WordListLoader
{
    public static AnalysisData Load(string folder)
    {
        var errors = new List<string>();
        var lines = AnalysisData.Files.ToDictionary(file => file, file => ReadLines(folder, file, errors));

        var elisions = Words(lines[AnalysisData.ElisionsFile], AnalysisData.ElisionsFile, errors, allowApostrophe: false);
        var codes = Words(lines[AnalysisData.CodesFile], AnalysisData.CodesFile, errors, allowApostrophe: false);
        var stopWords = Words(lines[AnalysisData.StopWordsFile], AnalysisData.StopWordsFile, errors, allowApostrophe: true);
        var spoken = Rules(lines[AnalysisData.SpokenFile], AnalysisData.SpokenFile, errors, equivalenceAllowed: false);
        var thesaurus = Rules(lines[AnalysisData.ThesaurusFile], AnalysisData.ThesaurusFile, errors, equivalenceAllowed: true);
        var lookup = Words(lines[AnalysisData.LookupFile], AnalysisData.LookupFile, errors, allowApostrophe: false);
        if (errors.Count > 0) throw new AnalysisDataException(errors);

        return new AnalysisData(
            elisions.Select(word => word.Text.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal),
            new CodeList(
                codes.Where(word => !word.Text.Any(char.IsUpper)).Select(word => word.Text).ToHashSet(StringComparer.Ordinal),
                codes.Where(word => word.Text.Any(char.IsUpper)).Select(word => word.Text).ToHashSet(StringComparer.Ordinal)),
            stopWords.Select(word => word.Text).ToHashSet(StringComparer.Ordinal),
            spoken,
            thesaurus,
            lookup.Select(word => word.Text).ToHashSet(StringComparer.Ordinal));
    }

    private static List<(int Number, string Text)> ReadLines(string folder, string file, List<string> errors)
    {
        var path = Path.Combine(folder, file);
        if (!File.Exists(path))
        {
            errors.Add($"{file}:0: the file is missing from {folder}");
            return [];
        }
        var all = File.ReadAllLines(path);
        if (all.Length == 0 || !all[0].TrimStart().StartsWith('#'))
            errors.Add($"{file}:1: the file must start with a '#' comment giving its line grammar");
        return all
            .Select((line, index) => (Number: index + 1, Text: StripComment(line).Trim()))
            .Where(line => line.Text.Length > 0)
            .ToList();
    }

    private static string StripComment(string line)
    {
        var hash = line.IndexOf('#');
        return hash < 0 ? line : line[..hash];
    }

    // Word files: words separated by spaces, several per line allowed.
    private static List<(string Text, int Line)> Words(List<(int Number, string Text)> lines, string file, List<string> errors, bool allowApostrophe)
    {
        var words = new List<(string Text, int Line)>();
        foreach (var (number, text) in lines)
        {
            foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (word.All(c => char.IsLetterOrDigit(c) || (allowApostrophe && c == '\''))) words.Add((word, number));
                else errors.Add($"{file}:{number}: \"{word}\" is not a single word (letters and digits only)");
            }
        }
        return words;
    }

    // Rule files: "phrase[, phrase…] => phrase[, phrase…]", or (thesaurus only) "phrase, phrase[, phrase…]".
    private static List<WordRule> Rules(List<(int Number, string Text)> lines, string file, List<string> errors, bool equivalenceAllowed)
    {
        var rules = new List<WordRule>();
        foreach (var (number, text) in lines)
        {
            var sides = text.Split("=>");
            if (sides.Length > 2)
            {
                errors.Add($"{file}:{number}: more than one \"=>\"");
                continue;
            }
            var left = Phrases(sides[0]);
            var right = sides.Length == 2 ? Phrases(sides[1]) : left;
            if (left.Count == 0 || right.Count == 0)
                errors.Add($"{file}:{number}: a side of the rule is empty");
            else if (sides.Length == 1 && (!equivalenceAllowed || left.Count < 2))
                errors.Add(equivalenceAllowed
                    ? $"{file}:{number}: write \"a, b\" (equivalent words) or \"a => b\" (a expands to b)"
                    : $"{file}:{number}: write \"spoken => written\"");
            else rules.Add(new WordRule(left, right, file, number));
        }
        return rules;
    }

    private static List<string> Phrases(string side) =>
        side.Split(',').Select(phrase => phrase.Trim()).Where(phrase => phrase.Length > 0).ToList();
}
