using System.Diagnostics;
using InfoSociale.Core;
using InfoSociale.Tests.TestSupport;

namespace InfoSociale.Tests.Repository;

// tools/setup.sh, sourced by ./test.sh and ./infosociale: quiet installs, and npm ci only when the lock file changed.
// A stand-in `npm` on the PATH records its calls (the registry is out of reach of a test).
public sealed class SetupScriptTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private (int Exit, string Output, string Error) Bash(string script)
    {
        var bin = Directory.CreateDirectory(_folder.File("bin")).FullName;
        File.WriteAllText(Path.Combine(bin, "npm"), "#!/bin/sh\necho \"npm $*\" >> \"$NPM_CALLS\"\nmkdir -p node_modules\necho 'added 12 packages'\n");
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(Path.Combine(bin, "npm"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var start = new ProcessStartInfo("bash", ["-c", $"set -euo pipefail; . '{Path.Combine(ProjectPaths.Root, "tools", "setup.sh")}'; {script}"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = _folder.Path,
            Environment =
            {
                ["PATH"] = bin + ":" + Environment.GetEnvironmentVariable("PATH"),
                ["NPM_CALLS"] = _folder.File("npm-calls"),
                ["TMPDIR"] = Directory.CreateDirectory(_folder.File("tmp")).FullName,
            },
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output.Result, error);
    }

    private int NpmCalls => File.Exists(_folder.File("npm-calls")) ? File.ReadAllLines(_folder.File("npm-calls")).Length : 0;

    [Fact]
    public void Npm_ci_runs_once_per_lock_file_and_again_when_it_changes()
    {
        var app = Directory.CreateDirectory(_folder.File("app")).FullName;
        File.WriteAllText(Path.Combine(app, "package-lock.json"), "{\"lockfileVersion\": 3}\n");

        var first = Bash($"npm_assets '{app}'");
        var second = Bash($"npm_assets '{app}'");
        NpmCalls.Should().Be(1);
        File.WriteAllText(Path.Combine(app, "package-lock.json"), "{\"lockfileVersion\": 3, \"packages\": {}}\n");
        var third = Bash($"npm_assets '{app}'");

        first.Output.Trim().Should().Be("node_modules installed from package-lock.json", "npm's own output stays in its log");
        second.Output.Trim().Should().Be("node_modules matches package-lock.json");
        third.Exit.Should().Be(0);
        NpmCalls.Should().Be(2);
        Directory.GetFileSystemEntries(_folder.File("tmp")).Should().BeEmpty("the log of a successful install is deleted");
    }

    [Fact]
    public void A_quiet_step_prints_nothing_when_it_works_and_its_whole_log_when_it_fails()
    {
        var log = _folder.File("step.log");

        var works = Bash($"quietly '{log}' sh -c 'echo Selecting previously unselected package; echo Unpacking'");
        var fails = Bash($"quietly '{log}' sh -c 'echo Unpacking; echo E: broken package >&2; exit 100'");

        works.Exit.Should().Be(0);
        (works.Output + works.Error).Should().BeEmpty();
        fails.Exit.Should().Be(100);
        fails.Error.Should().Contain("failed: sh -c").And.Contain("Unpacking").And.Contain("E: broken package");
    }
}
