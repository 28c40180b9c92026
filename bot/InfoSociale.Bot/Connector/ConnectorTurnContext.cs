using InfoSociale.Core.Activities;
using InfoSociale.Core.Conversations;

namespace InfoSociale.Bot.Connector;

// Replies go back through the channel that sent the activity, addressed from the bot to the sender.
internal sealed class ConnectorTurnContext(Activity activity, ConnectorClient connector) : ITurnContext
{
    public Activity Activity => activity;

    public Task SendAsync(Activity reply, CancellationToken cancellationToken) =>
        connector.SendAsync(reply with
        {
            From = reply.From ?? activity.Recipient,
            Recipient = reply.Recipient ?? activity.From,
            Conversation = activity.Conversation,
            ChannelId = activity.ChannelId,
            ServiceUrl = activity.ServiceUrl,
            ReplyToId = reply.ReplyToId ?? activity.Id,
            Locale = reply.Locale ?? activity.Locale,
        }, cancellationToken);
}
