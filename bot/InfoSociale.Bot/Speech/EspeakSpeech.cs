using System.Diagnostics;
using InfoSociale.Core.Text;

namespace InfoSociale.Bot.Speech;

// French speech as WAV from espeak-ng (Debian package espeak-ng), for the kiosk's read-aloud: kiosk Linux rarely has a
// working speechSynthesis. The MBROLA voice fr1 is used when installed (/usr/share/mbrola/fr1; non-free in Debian),
// else espeak-ng's own French voice. Audio is kept in memory per text, so each screen's text is made once.
public sealed class EspeakSpeech(string executable = "espeak-ng")
{
    public const int MaxCharacters = 600;
    private const string MbrolaFrench = "/usr/share/mbrola/fr1/fr1";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    private readonly BoundedCache<string, byte[]> _audio = new(200);
    private readonly SemaphoreSlim _running = new(Environment.ProcessorCount);

    public string Voice { get; } = File.Exists(MbrolaFrench) ? "mb-fr1" : "fr";

    // The interface languages of the kiosk; answers are French, labels may be read in the language shown.
    public static readonly IReadOnlySet<string> Languages = new HashSet<string> { "fr", "en", "pt", "es", "ar" };

    public async Task<byte[]> WavAsync(string text, string language, CancellationToken cancellationToken)
    {
        var key = language + "\n" + text;
        if (_audio.TryGet(key, out var cached)) return cached;
        await _running.WaitAsync(cancellationToken);
        try
        {
            var wav = await RunAsync(text, language == "fr" ? Voice : language, cancellationToken);
            _audio.Set(key, wav);
            return wav;
        }
        finally
        {
            _running.Release();
        }
    }

    // The text goes through stdin, never the command line: a text starting with '-' stays text.
    private async Task<byte[]> RunAsync(string text, string voice, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "-v", voice, "-s", "150", "--stdin", "--stdout" }) start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new SpeechUnavailableException($"{executable} did not start");
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Patience);
        try
        {
            await process.StandardInput.WriteAsync(text.AsMemory(), timeout.Token);
            process.StandardInput.Close();
            using var audio = new MemoryStream();
            var errors = process.StandardError.ReadToEndAsync(timeout.Token);
            await process.StandardOutput.BaseStream.CopyToAsync(audio, timeout.Token);
            await process.WaitForExitAsync(timeout.Token);
            if (process.ExitCode != 0 || audio.Length < 44)
                throw new SpeechUnavailableException($"{executable} failed (exit {process.ExitCode}): {(await errors).Trim()}");
            return audio.ToArray();
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            process.Kill(entireProcessTree: true);
            throw new SpeechUnavailableException($"{executable} took more than {Patience.TotalSeconds} s");
        }
    }
}

public sealed class SpeechUnavailableException(string message) : Exception(message);
