using InfoSociale.Bot.Hosting;
using InfoSociale.Core.Activities;
using InfoSociale.Core.Conversations;

namespace InfoSociale.Bot.DirectLine;

// Hands activities to the bot, in order per conversation, without holding the resident's HTTP request:
// a turn may take longer than Web Chat's 20 s send timeout.
public sealed class DirectLineTurns(
    IBot bot,
    DirectLineBotAccount botAccount,
    IHostApplicationLifetime lifetime,
    ILogger<DirectLineTurns> log)
{
    public ChannelAccount Bot => botAccount.Account;

    // The stored activity as the bot sees it: addressed to the bot, carrying the conversation's territory
    // (and, from a kiosk, channelId "kiosk" and channelData.site).
    public void QueueMessage(DirectLineConversation conversation, Activity stored) =>
        Queue(conversation, ForBot(conversation, stored), incomingWasDelivered: stored.Id is not null);

    public void QueueMembersAdded(DirectLineConversation conversation, IReadOnlyList<ChannelAccount> members, ChannelAccount from, string? locale)
    {
        var update = new Activity
        {
            Type = ActivityTypes.ConversationUpdate,
            From = from,
            MembersAdded = members,
            Locale = locale,
            Timestamp = DateTimeOffset.UtcNow,
        };
        Queue(conversation, ForBot(conversation, update), incomingWasDelivered: false);
    }

    private Activity ForBot(DirectLineConversation conversation, Activity activity) =>
        ConversationTerritory.Stamp(activity with
        {
            ChannelId = DirectLineChannel.Of(conversation.Record),
            Conversation = new ConversationAccount(conversation.Id),
            Recipient = botAccount.Account,
        }, conversation.Record.Territory, conversation.Record.Site);

    private void Queue(DirectLineConversation conversation, Activity activity, bool incomingWasDelivered) =>
        conversation.QueueTurn(async () =>
        {
            var stopping = lifetime.ApplicationStopping;
            var turn = new DirectLineTurnContext(conversation, activity, botAccount.Account, incomingWasDelivered);
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            try
            {
                await bot.OnTurnAsync(turn, stopping);
                ServerMetrics.TurnRan(DirectLineChannel.Id, started);
            }
            catch (Exception error) when (!stopping.IsCancellationRequested)
            {
                ServerMetrics.Failed("turn");
                log.LogError(error, "The bot failed on a {Type} activity of conversation {Conversation}.", activity.Type, conversation.Id);
                try { await turn.SendAsync(ChannelFailureReply.For(activity), stopping); }
                catch (Exception sendError) { log.LogError(sendError, "Could not tell conversation {Conversation} about the failure.", conversation.Id); }
            }
        });
}
