using InfoSociale.Core.Activities;

namespace InfoSociale.Bot.Hosting;

// What a resident reads when the bot fails on a turn, on every channel, instead of silence.
public static class ChannelFailureReply
{
    public const string Text = "Désolé, un problème technique m'empêche de vous répondre. Réessayez dans quelques instants.";

    public static Activity For(Activity incoming) => new()
    {
        Type = ActivityTypes.Message,
        Text = Text,
        Speak = Text,
        Locale = incoming.Locale ?? "fr-FR",
        InputHint = "acceptingInput",
    };
}
