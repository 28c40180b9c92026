using System.Diagnostics;
using System.Text.RegularExpressions;
using InfoSociale.Core;

namespace InfoSociale.Tests.Repository;

// A fresh clone in any folder must build, test and run: no tracked file may reach outside the repository.
public class StandaloneRepositoryTests
{
    [Fact]
    public void No_tracked_file_refers_to_a_path_outside_the_repository()
    {
        var root = Path.GetFullPath(ProjectPaths.Root);
        var problems = new List<string>();
        foreach (var file in TrackedFiles(root))
        {
            var full = Path.Combine(root, file);
            if (!File.Exists(full) || new FileInfo(full).Length > 2_000_000) continue;
            var text = File.ReadAllText(full);
            if (text.Contains('\0')) continue; // binary
            problems.AddRange(RepositoryReferences.Leaving(root, file, text, p => File.Exists(p) || Directory.Exists(p)));
        }

        problems.Should().BeEmpty("the project owns what it tests and documents: copy it under tests/ instead");
    }

    // The samples write {up} for a parent-folder step, so that this file does not refer to them itself.
    [Theory]
    [InlineData("README.md", "./infosociale eval {up}shared/eval/dev-queries.tsv", true)]
    [InlineData("tests/eval/x.tsv", "# tuned on {up}shared/eval/dev-queries.tsv", true)]
    [InlineData("bot/A/A.csproj", "<ProjectReference Include=\"{up}{up}{up}other/B.csproj\" />", true)]
    [InlineData("bot/A/A.csproj", "<ProjectReference Include=\"{up}B/B.csproj\" />", false)]
    [InlineData("bot/A/A.csproj", "<EmbeddedResource Include=\"{up}{up}knowledge-base/*.json\" />", false)]
    [InlineData("bot/A/A.csproj", "<ProjectReference Include=\"{back}B\\B.csproj\" />", false)]
    [InlineData("bot/A/Paths.cs", "Path.Combine(ProjectPaths.Root, {segment}, \"shared\", \"kb.md\")", true)]
    [InlineData("docs/a.md", "see [the schema]({up}knowledge-base/README.md)", false)]
    [InlineData("docs/a.md", "see [the notes]({up}{up}design/notes.md)", true)]
    [InlineData("README.md", "Dates like 12..31 or an ellipsis... are not paths", false)]
    public void Finds_the_references_that_leave_the_repository_or_point_to_nothing(string file, string sample, bool reported)
    {
        var text = sample.Replace("{up}", "../").Replace("{back}", "..\\").Replace("{segment}", "\"..\"");
        var root = Path.Combine(Path.GetTempPath(), "repo-that-does-not-exist");
        string[] present = ["bot/B/B.csproj", "knowledge-base", "knowledge-base/README.md"];
        bool Exists(string path) => present.Any(p => Path.GetFullPath(Path.Combine(root, p)) == Path.GetFullPath(path));

        RepositoryReferences.Leaving(root, file, text, Exists).Should().HaveCount(reported ? 1 : 0);
    }

    private static IEnumerable<string> TrackedFiles(string root)
    {
        var git = Process.Start(new ProcessStartInfo("git", ["-C", root, "ls-files", "-z"]) { RedirectStandardOutput = true })!;
        var output = git.StandardOutput.ReadToEnd();
        git.WaitForExit();
        git.ExitCode.Should().Be(0, "the tests run in a git checkout");
        return output.Split('\0', StringSplitOptions.RemoveEmptyEntries);
    }
}

// Relative references in a text file (parent-folder steps with / or \\, or a parent-folder string segment in C#),
// each resolved from the file's folder: fine when it lands on something that exists inside the repository.
public static class RepositoryReferences
{
    private static readonly Regex Relative = new(@"(?<![\w.])(?:\.\.[/\\])+[^\s""'`()<>\[\]{},;|*]*", RegexOptions.Compiled);
    private static readonly Regex DotDotSegment = new(@"""\.\.""", RegexOptions.Compiled);

    public static IEnumerable<string> Leaving(string root, string file, string text, Func<string, bool> exists)
    {
        var lines = text.Split('\n');
        var folder = Path.GetDirectoryName(Path.Combine(root, file))!;
        var inside = Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        for (var i = 0; i < lines.Length; i++)
        {
            foreach (Match match in Relative.Matches(lines[i]))
            {
                var target = Path.GetFullPath(Path.Combine(folder, match.Value.Replace('\\', '/').TrimEnd('/', '.', ':')));
                var existing = target.EndsWith(Path.DirectorySeparatorChar) ? target.TrimEnd(Path.DirectorySeparatorChar) : target;
                if (!(existing + Path.DirectorySeparatorChar).StartsWith(inside, StringComparison.Ordinal) || !exists(existing))
                    yield return $"{file}:{i + 1}: {match.Value} (resolves to {target}, not a file of the repository)";
            }
            if (file.EndsWith(".cs", StringComparison.Ordinal) && DotDotSegment.IsMatch(lines[i]))
                yield return $"{file}:{i + 1}: a \"..\" path segment climbs out of a folder: use ProjectPaths";
        }
    }
}
