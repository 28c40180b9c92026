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
        root.Subcommands.Add(new Command("bench", "Measure speed and print the figures.") { BenchChatCommand.Create() });
        return root;
    }
}
