using InfoSociale.Core.Dialogs;

namespace InfoSociale.Core.Orientation.Profile;

// How the bot says statements back, from the message catalogue: "about.retraite" -> "vous êtes à la retraite",
// "about.age-aine" -> "vous avez {number} ans"; several are joined: "vous avez 19 ans et que vous faites des études".
public static class ProfileMessages
{
    public static string Said(Messages messages, IEnumerable<FoundStatement> found) =>
        Joined(messages, found.Select(f => Said(messages, f)).Distinct());

    public static string Joined(Messages messages, IEnumerable<string> parts) =>
        string.Join($" {messages.Text("about.and")} ", parts);

    // The catalogue's problem with a statement's sentence (missing, or a {number} it lacks or should not have).
    public static string? Problem(Messages messages, ProfileStatement statement)
    {
        try
        {
            Said(messages, new FoundStatement(statement, statement.TakesNumber ? "1" : null));
            return null;
        }
        catch (MessageCatalogException e)
        {
            return e.Message;
        }
    }

    private static string Said(Messages messages, FoundStatement found)
    {
        var key = "about." + found.Statement.Id;
        return found.Statement.TakesNumber ? messages.Text(key, ("number", found.Number!)) : messages.Text(key);
    }
}
