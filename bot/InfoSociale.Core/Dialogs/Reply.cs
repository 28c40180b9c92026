using System.Text.Json;
using InfoSociale.Core.Activities;
using InfoSociale.Core.KnowledgeBase;

namespace InfoSociale.Core.Dialogs;

// Bot replies as Web Chat and the Azure channels expect them: from the bot, to the sender, in French,
// with a spoken version and an input hint.
public static class Reply
{
    public const string Locale = "fr-FR";

    public static Activity To(Activity incoming, string text) => new()
    {
        Type = ActivityTypes.Message,
        ChannelId = incoming.ChannelId,
        ServiceUrl = incoming.ServiceUrl,
        Conversation = incoming.Conversation,
        From = incoming.Recipient is { } bot ? bot with { Role = "bot" } : new ChannelAccount("infosociale", "InfoSociale", "bot"),
        Recipient = incoming.From,
        // Web Chat never receives conversationUpdate; naming it would hold the welcome back for 5 s.
        ReplyToId = incoming.Type == ActivityTypes.ConversationUpdate ? null : incoming.Id,
        Locale = Locale,
        Text = text,
        TextFormat = "markdown",
        Speak = MarkdownText.ToPlain(text),
        InputHint = InputHints.AcceptingInput,
    };

    public static SuggestedActions Suggest(IEnumerable<string> titles) =>
        new(titles.Select(ImBack).ToList());

    // A button that sends its title back as the resident's own message.
    public static CardAction ImBack(string title) => new("imBack", title, JsonSerializer.SerializeToElement(title));
}

public static class InputHints
{
    public const string AcceptingInput = "acceptingInput";
    public const string ExpectingInput = "expectingInput";
    public const string IgnoringInput = "ignoringInput";
}
