using System.CommandLine;
using InfoSociale.Bot.Hosting;
using InfoSociale.Core;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace InfoSociale.Bot.Cli;

// ./infosociale serve [--urls http://127.0.0.1:5080] [--data DIR]
public static class ServeCommand
{
    public static Command Create()
    {
        var urls = new Option<string>("--urls") { Description = "Addresses to listen on, separated by ';'.", DefaultValueFactory = _ => "http://127.0.0.1:5080" };
        var data = new Option<string?>("--data") { Description = $"Data folder (SQLite state, Direct Line secret); default {ProjectPaths.DefaultData}." };
        var command = new Command("serve", "Runs the web host: website chat, Direct Line 3.0, Bot Connector, health.") { urls, data };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var options = new ServeOptions
            {
                Urls = parseResult.GetValue(urls)!,
                DataDirectory = parseResult.GetValue(data) ?? ProjectPaths.DefaultData,
            };
            return await RunAsync(options, cancellationToken);
        });
        return command;
    }

    private static async Task<int> RunAsync(ServeOptions options, CancellationToken cancellationToken)
    {
        WebApplication app;
        try
        {
            app = WebHost.Build(options);
            await app.StartAsync(cancellationToken);
        }
        catch (Exception error) when (error is IOException or InvalidOperationException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"infosociale serve: {error.Message}");
            return 1;
        }
        await using (app)
        {
            PrintAddresses(app, options);
            await app.WaitForShutdownAsync(cancellationToken);
        }
        return 0;
    }

    private static void PrintAddresses(WebApplication app, ServeOptions options)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        Console.WriteLine("InfoSociale is serving:");
        foreach (var address in addresses)
        {
            var root = address.TrimEnd('/');
            Console.WriteLine($"  chat page      {root}/");
            Console.WriteLine($"  Direct Line    {root}/v3/directline");
            Console.WriteLine($"  Bot Connector  {root}/api/messages");
            Console.WriteLine($"  health         {root}/health/live  {root}/health/ready");
        }
        Console.WriteLine($"  data folder    {Path.GetFullPath(options.DataDirectory)}");
        Console.WriteLine("Press Ctrl+C to stop.");
    }
}
