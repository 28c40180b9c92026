using System.Diagnostics;

namespace InfoSociale.Tests.TestSupport;

// A tmpfs of a few megabytes, mounted for one test and then filled, to see what the server does with a full disk.
// Mounting needs root (as in the CI container); elsewhere the tests using it are skipped and say why.
public sealed class SmallDisk : IDisposable
{
    public SmallDisk(int megabytes)
    {
        Path = Directory.CreateTempSubdirectory("infosociale-disk-").FullName;
        Run("mount", "-t", "tmpfs", "-o", $"size={megabytes}m", "tmpfs", Path);
    }

    public string Path { get; }

    // Writes a file until the disk refuses more.
    public void Fill()
    {
        using var filler = new FileStream(System.IO.Path.Combine(Path, "filler"), FileMode.Create);
        var block = new byte[64 * 1024];
        try
        {
            while (true) filler.Write(block);
        }
        catch (IOException) { }
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Run("umount", "-l", Path);
        Directory.Delete(Path, recursive: true);
    }

    private static void Run(string program, params string[] arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(program, arguments) { RedirectStandardError = true })!;
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"{program} failed: {process.StandardError.ReadToEnd()}");
    }
}

// A [Fact] that mounts file systems: run as root, skipped with the reason otherwise.
public sealed class RootFactAttribute : FactAttribute
{
    public RootFactAttribute()
    {
        if (Environment.UserName != "root") Skip = "Mounting a small tmpfs needs root.";
    }
}
