using InfoSociale.Core.Activities;

namespace InfoSociale.Bot.DirectLine;

public static class DirectLineChannel
{
    public const string Id = "directline";

    // Conversations opened by a touchscreen kiosk (/kiosk?site=…): the same service, told apart by their channelId.
    public const string Kiosk = "kiosk";

    public static string Of(ConversationRecord conversation) => conversation.Site is null ? Id : Kiosk;
}

// Who the bot is on Direct Line (from.id of its replies, recipient of what it receives).
public sealed record DirectLineBotAccount(string Id, string Name)
{
    public ChannelAccount Account { get; } = new(Id, Name, "bot");
}
