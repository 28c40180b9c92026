namespace InfoSociale.Tests.TestSupport;

// A fresh folder under /tmp, deleted with the test.
public sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("infosociale-test-").FullName;

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools(); // pooled connections would keep the files open
        Directory.Delete(Path, recursive: true);
    }
}
