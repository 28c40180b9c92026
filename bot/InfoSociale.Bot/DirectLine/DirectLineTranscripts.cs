using System.Text.Json;
using InfoSociale.Core.Activities;
using InfoSociale.Core.Handoff;

namespace InfoSociale.Bot.DirectLine;

// The messages of a Direct Line conversation as kept for reconnection, for residents who share the conversation with a team.
public sealed class DirectLineTranscripts(DirectLineConversations conversations) : IConversationTranscripts
{
    public Task<IReadOnlyList<TranscriptLine>?> ReadAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (activity.ChannelId != DirectLineChannel.Id || activity.Conversation?.Id is not { } id
            || conversations.Find(id) is not { } conversation)
            return Task.FromResult<IReadOnlyList<TranscriptLine>?>(null);
        var lines = conversation.Read(0, conversation.LastSequence)
            .Select(stored => JsonSerializer.Deserialize<Activity>(stored.Json, ActivityJson.Options))
            .Where(a => a is { Type: ActivityTypes.Message } && !string.IsNullOrEmpty(a.Text))
            .Select(a => new TranscriptLine(a!.Timestamp ?? DateTimeOffset.MinValue, a.From?.Role == "bot" ? "bot" : "user", a.Text!))
            .ToList();
        return Task.FromResult<IReadOnlyList<TranscriptLine>?>(lines);
    }
}
