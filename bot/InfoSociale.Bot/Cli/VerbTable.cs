using System.CommandLine;

namespace InfoSociale.Bot.Cli;

// The verb table: one line per verb group, each group in its own file.
public static class VerbTable
{
    public static RootCommand Build()
    {
        var root = new RootCommand("InfoSociale: assistant d'orientation sociale (bot, kiosque, base de connaissances).");
        root.Subcommands.Add(KbCommands.Build());
        root.Subcommands.Add(ServeCommand.Create());
        foreach (var command in SearchCommands.All()) root.Subcommands.Add(command);
        root.Subcommands.Add(ChatCommand.Create());
        // `bench` is the search group's verb; `bench chat` joins it.
        root.Subcommands.Single(c => c.Name == "bench").Subcommands.Add(BenchChatCommand.Create());
        root.Subcommands.Single(c => c.Name == "bench").Subcommands.Add(BenchKioskCommand.Create());
        return root;
    }
}
