using System.Diagnostics;
using System.IO.Compression;
using Microsoft.Playwright;

namespace InfoSociale.Bot.Bench;

public sealed record KioskBenchFigures(double FirstScreenKb, double FirstUsableMs, double TtsMs);

// The kiosk in Debian's Chromium against a running host: what the first screen weighs once compressed (gzip, as
// the reverse proxy sends it; audio excluded), how long until it can be touched (performance mark 'kiosk-usable',
// from the navigation start, empty browser cache), and the first read-aloud of a real answer (not cached yet).
// One warm-up visit first (another browser context, another spoken text): a kiosk meets a server that already runs,
// not one that is still loading its knowledge base.
public sealed class KioskBench(string baseAddress, string site)
{
    public const string Chromium = "/usr/bin/chromium";
    private const string Question = "aide pour payer mon loyer";

    public async Task<KioskBenchFigures> RunAsync(CancellationToken cancellationToken)
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        await WarmUpAsync(browser);
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1080, Height = 1920 },
            HasTouch = true,
            ServiceWorkers = ServiceWorkerPolicy.Block, // a first visit: nothing served from the worker's cache
        });
        var page = await context.NewPageAsync();
        var responses = new List<IResponse>();
        page.Response += (_, response) => responses.Add(response);

        await page.GotoAsync($"{baseAddress}/kiosk?site={site}");
        await page.WaitForFunctionAsync("() => performance.getEntriesByName('kiosk-usable').length > 0");
        var usableMs = await page.EvaluateAsync<double>("() => performance.getEntriesByName('kiosk-usable')[0].startTime");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        long compressed = 0;
        foreach (var response in responses.ToList())
        {
            if ((response.Headers.GetValueOrDefault("content-type") ?? "").StartsWith("audio/", StringComparison.Ordinal)) continue;
            compressed += Gzipped(await response.BodyAsync());
        }

        await page.Locator("#attract-start").TapAsync();
        await page.Locator(".tiles-main .tile").Nth(4).TapAsync();
        await page.Locator("#question").FillAsync(Question);
        await page.Locator(".key-send").TapAsync();
        await page.Locator(".replies .card").First.WaitForAsync(new() { Timeout = 30_000 });
        var answer = await page.Locator(".replies .message").First.InnerTextAsync();
        var clock = Stopwatch.StartNew();
        var status = await page.EvaluateAsync<int>(
            "text => fetch('/api/speech', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ text }) }).then(r => r.arrayBuffer().then(() => r.status))",
            answer[..Math.Min(answer.Length, 500)]);
        var ttsMs = clock.Elapsed.TotalMilliseconds;
        if (status != 200) throw new InvalidOperationException($"read-aloud answered {status}: is espeak-ng installed?");
        return new KioskBenchFigures(Math.Round(compressed / 1024.0, 1), Math.Round(usableMs), Math.Round(ttsMs));
    }

    private async Task WarmUpAsync(IBrowser browser)
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync($"{baseAddress}/kiosk?site={site}");
        await page.WaitForFunctionAsync("() => performance.getEntriesByName('kiosk-usable').length > 0");
        await page.EvaluateAsync("() => fetch('/api/speech', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ text: 'Essai de la voix.' }) }).then(r => r.arrayBuffer())");
    }

    private static long Gzipped(byte[] body)
    {
        using var sink = new MemoryStream();
        using (var gzip = new GZipStream(sink, CompressionLevel.Optimal, leaveOpen: true)) gzip.Write(body);
        return sink.Length;
    }
}
