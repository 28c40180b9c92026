using InfoSociale.Core.Activities;
using InfoSociale.Core.Conversations;

namespace InfoSociale.Bot.DirectLine;

// The bot answers into the conversation: replies are stored and streamed like any activity, typing is only streamed.
internal sealed class DirectLineTurnContext(DirectLineConversation conversation, Activity activity, ChannelAccount bot, bool incomingWasDelivered) : ITurnContext
{
    public Activity Activity => activity;

    public Task SendAsync(Activity reply, CancellationToken cancellationToken)
    {
        var outgoing = reply with
        {
            From = reply.From ?? bot,
            Recipient = activity.From is { Role: "user" } user ? user : reply.Recipient,
            Conversation = new ConversationAccount(conversation.Id),
            ChannelId = DirectLineChannel.Of(conversation.Record),
            // Web Chat holds a reply back for 5 s when its replyToId names an activity it never received.
            ReplyToId = reply.ReplyToId ?? (incomingWasDelivered ? activity.Id : null),
            Locale = reply.Locale ?? activity.Locale,
            ServiceUrl = null,
        };
        return outgoing.Type == ActivityTypes.Typing
            ? conversation.PublishEphemeralAsync(outgoing, cancellationToken)
            : conversation.AppendAsync(outgoing, cancellationToken);
    }
}
