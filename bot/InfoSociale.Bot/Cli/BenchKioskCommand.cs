using System.CommandLine;
using System.Text.Json;
using InfoSociale.Bot.Bench;
using InfoSociale.Bot.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace InfoSociale.Bot.Cli;

// ./infosociale bench kiosk [--site ge-cite-seniors] [--json]
public static class BenchKioskCommand
{
    private static readonly JsonSerializerOptions SnakeCase = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public static Command Create()
    {
        var json = new Option<bool>("--json") { Description = "End with one JSON line of the figures." };
        var site = new Option<string>("--site") { Description = "The kiosk site of knowledge-base/kiosques.yaml to open.", DefaultValueFactory = _ => "ge-cite-seniors" };
        var command = new Command("kiosk", "The kiosk in Chromium on localhost: first screen compressed (KB), time to the first usable screen, first read-aloud of an answer.")
        {
            json, site,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            if (!File.Exists(KioskBench.Chromium))
            {
                Console.Error.WriteLine($"bench kiosk: {KioskBench.Chromium} is missing (apt-get install chromium).");
                return 2;
            }
            var data = Directory.CreateTempSubdirectory("infosociale-bench-kiosk-");
            try
            {
                var app = WebHost.Build(new ServeOptions { Urls = "http://127.0.0.1:0", DataDirectory = data.FullName, QuietLogs = true });
                await using (app)
                {
                    await app.StartAsync(cancellationToken);
                    var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
                    using (var http = new HttpClient())
                        while (!(await http.GetAsync($"{address}/health/ready", cancellationToken)).IsSuccessStatusCode) await Task.Delay(200, cancellationToken);
                    var figures = await new KioskBench(address, parseResult.GetValue(site)!).RunAsync(cancellationToken);
                    Console.WriteLine($"bench kiosk: site {parseResult.GetValue(site)}, Chromium on localhost ({Environment.ProcessorCount} cores)");
                    Console.WriteLine($"  first screen, gzip          {figures.FirstScreenKb,8:F1} KB   (target <= 300 KB, audio excluded)");
                    Console.WriteLine($"  first usable screen         {figures.FirstUsableMs,8:F0} ms   (target <= 1000 ms)");
                    Console.WriteLine($"  first read-aloud, uncached  {figures.TtsMs,8:F0} ms   (target <= 500 ms)");
                    if (parseResult.GetValue(json)) Console.WriteLine(JsonSerializer.Serialize(figures, SnakeCase));
                    await app.StopAsync(cancellationToken);
                }
                return 0;
            }
            finally
            {
                data.Delete(recursive: true);
            }
        });
        return command;
    }
}
