using System.Text.Json;
using InfoSociale.Core;

namespace InfoSociale.Tests.Repository;

// The build output stays readable: no project restores with warnings such as NU1603 (a dependency version this
// registry does not serve, so NuGet picks another one). Pin a served version or drop the package instead.
public class PackageRestoreTests
{
    [Fact]
    public void Every_project_restores_without_warnings()
    {
        var projects = Directory.GetFiles(Path.Combine(ProjectPaths.Root, "bot"), "*.csproj", SearchOption.AllDirectories)
            .Concat(Directory.GetFiles(Path.Combine(ProjectPaths.Root, "tests"), "*.csproj", SearchOption.AllDirectories)).ToList();

        projects.Should().HaveCountGreaterThanOrEqualTo(3);
        var warnings = new List<string>();
        foreach (var project in projects)
        {
            var assets = Path.Combine(Path.GetDirectoryName(project)!, "obj", "project.assets.json");
            File.Exists(assets).Should().BeTrue($"{project} was restored before the tests ran");
            using var json = JsonDocument.Parse(File.ReadAllText(assets));
            if (!json.RootElement.TryGetProperty("logs", out var logs)) continue;
            warnings.AddRange(logs.EnumerateArray()
                .Where(log => log.GetProperty("level").GetString() is "Warning" or "Error")
                .Select(log => $"{Path.GetFileName(project)}: {log.GetProperty("code").GetString()}: {log.GetProperty("message").GetString()}"));
        }

        warnings.Should().BeEmpty();
    }
}
