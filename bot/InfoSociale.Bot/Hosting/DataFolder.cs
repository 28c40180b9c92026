using System.Security.Cryptography;

namespace InfoSociale.Bot.Hosting;

// The server's private folder: SQLite databases and the Direct Line secret. Created on first run.
public sealed class DataFolder
{
    private const string SecretFileName = "directline.secret";

    public DataFolder(string path)
    {
        Path = System.IO.Path.GetFullPath(path);
        Directory.CreateDirectory(Path);
        DirectLineSecret = ReadOrCreateSecret(System.IO.Path.Combine(Path, SecretFileName));
    }

    public string Path { get; }

    public string DirectLineSecret { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    private static string ReadOrCreateSecret(string file)
    {
        if (System.IO.File.Exists(file))
        {
            var existing = System.IO.File.ReadAllText(file).Trim();
            if (existing.Length >= 32) return existing;
            throw new InvalidOperationException($"{file} holds no usable Direct Line secret (at least 32 characters); delete it to generate a new one.");
        }
        var secret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        using (var writer = new StreamWriter(file, options)) writer.Write(secret);
        return secret;
    }
}
