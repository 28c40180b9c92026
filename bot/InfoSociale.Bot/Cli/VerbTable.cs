using System.CommandLine;
using System.CommandLine.Help;
using InfoSociale.Core.Text;

namespace InfoSociale.Bot.Cli;

// The verb table: one line per verb group, each group in its own file.
public static class VerbTable
{
    // How residents of the repository run the program; every usage line starts with it.
    public const string ProgramName = "./infosociale";

    public static Command Build()
    {
        // A Command rather than a RootCommand: a RootCommand names itself after the assembly (InfoSociale.Bot).
        var root = new Command(ProgramName, "InfoSociale: assistant d'orientation sociale (bot, kiosque, base de connaissances).")
        {
            new HelpOption(), new VersionOption(),
        };
        root.Subcommands.Add(KbCommands.Build());
        root.Subcommands.Add(ServeCommand.Create());
        foreach (var command in SearchCommands.All()) root.Subcommands.Add(command);
        root.Subcommands.Add(ChatCommand.Create());
        // `bench` is the search group's verb; `bench chat` joins it.
        root.Subcommands.Single(c => c.Name == "bench").Subcommands.Add(BenchChatCommand.Create());
        // Left to the root's action, so that an unknown verb gets one line of its own instead of the parser's two.
        root.TreatUnmatchedTokensAsErrors = false;
        root.SetAction(parse => WithoutVerb(root, parse));
        return root;
    }

    private static int WithoutVerb(Command root, ParseResult parse)
    {
        if (parse.UnmatchedTokens is [var word, ..])
        {
            var verbs = root.Subcommands.Select(c => c.Name).ToList();
            var near = verbs.Where(verb => EditDistance.Between(verb, word.ToLowerInvariant()) <= 2)
                .MinBy(verb => EditDistance.Between(verb, word.ToLowerInvariant()));
            parse.InvocationConfiguration.Error.WriteLine(
                $"{ProgramName}: '{word}' is not a verb{(near is null ? "" : $" (did you mean '{near}'?)")}; the verbs are {string.Join(", ", verbs)}.");
        }
        root.Parse(["--help"]).Invoke(parse.InvocationConfiguration);
        return parse.UnmatchedTokens.Count > 0 ? 2 : 1;
    }
}
