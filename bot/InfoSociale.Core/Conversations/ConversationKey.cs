using InfoSociale.Core.Activities;

namespace InfoSociale.Core.Conversations;

// One state document per conversation of a channel: "directline:abc123".
public static class ConversationKey
{
    public static string For(Activity activity)
    {
        var conversation = activity.Conversation?.Id;
        if (string.IsNullOrWhiteSpace(conversation))
            throw new ArgumentException("The activity has no conversation id, so its state cannot be kept.", nameof(activity));
        return $"{activity.ChannelId ?? "unknown"}:{conversation}";
    }
}
