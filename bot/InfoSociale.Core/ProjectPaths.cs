namespace InfoSociale.Core;

// Where the repository's data folders are: $INFOSOCIALE_HOME when set (the ./infosociale script sets it),
// else the first folder, upwards from the working directory, that holds knowledge-base/.
public static class ProjectPaths
{
    public static string Root { get; } = FindRoot();

    public static string KnowledgeBase => Path.Combine(Root, "knowledge-base");

    public static string DefaultData => Path.Combine(Root, "data");

    // The development query set that `eval` and `bench search` use when given none.
    public static string DevQueries => Path.Combine(Root, "tests", "eval", "dev-queries.tsv");

    private static string FindRoot()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("INFOSOCIALE_HOME");
        if (!string.IsNullOrWhiteSpace(fromEnvironment)) return Path.GetFullPath(fromEnvironment);
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (Directory.Exists(Path.Combine(dir.FullName, "knowledge-base"))) return dir.FullName;
        }
        return Directory.GetCurrentDirectory();
    }
}
