namespace InfoSociale.Core.Search.Evaluation;

// One line of a query set: the question, the territory, the ids that count as right (any of them), or
// none when the engine must give no answer.
public sealed record EvalQuery(string Query, string Territory, IReadOnlyList<string> ExpectedIds, int Line)
{
    public bool ExpectsNoAnswer => ExpectedIds.Count == 0;
}

// Reads the tab-separated query sets (tests/eval/dev-queries.tsv): "query<TAB>territory<TAB>id|id"
// or "...<TAB>NONE"; lines starting with '#' and blank lines are skipped.
public static class QuerySet
{
    public const string NoAnswer = "NONE";

    public static IReadOnlyList<EvalQuery> Load(string path)
    {
        if (!File.Exists(path)) throw new QuerySetException($"{path}: the file does not exist");
        return Parse(File.ReadAllLines(path), Path.GetFileName(path));
    }

    public static IReadOnlyList<EvalQuery> Parse(IEnumerable<string> lines, string fileName)
    {
        var queries = new List<EvalQuery>();
        var errors = new List<string>();
        var number = 0;
        foreach (var line in lines)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line) || line.TrimStart().StartsWith('#')) continue;
            var columns = line.Split('\t');
            if (columns.Length != 3 || columns.Any(string.IsNullOrWhiteSpace))
            {
                errors.Add($"{fileName}:{number}: expected 3 tab-separated columns: query, territory, expected ids (a|b) or NONE");
                continue;
            }
            var expected = columns[2].Trim() == NoAnswer
                ? []
                : columns[2].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            queries.Add(new EvalQuery(columns[0].Trim(), columns[1].Trim(), expected, number));
        }
        if (errors.Count > 0) throw new QuerySetException(string.Join(Environment.NewLine, errors));
        return queries;
    }
}

public sealed class QuerySetException(string message) : Exception(message);
