using InfoSociale.Core.Activities;
using InfoSociale.Core.Conversations;

namespace InfoSociale.Core.Dialogs;

// One turn as the dialogs see it: the incoming activity, the conversation's state (loaded once by the
// TurnRunner), the message catalogue, and the replies. Replies are held until the state is saved,
// so a turn retried after a concurrency conflict never answers twice.
public sealed class Turn(ITurnContext context, ConversationState state, Messages messages, string territory)
{
    private readonly List<Activity> _replies = [];

    public Activity Activity => context.Activity;

    public bool IsMessage => Activity.Type == ActivityTypes.Message;

    // The resident's words, trimmed; "" for anything without text.
    public string Text => Activity.Text?.Trim() ?? "";

    public ConversationState State { get; set; } = state;

    public Messages Messages { get; } = messages;

    // The channel's territory, or the one the resident said they live in (see LocationInterruption).
    public string Territory { get; set; } = territory;

    public IReadOnlyList<Activity> Replies => _replies;

    public void Send(Activity reply) => _replies.Add(reply);

    // A sentence; the resident may answer or not.
    public void Say(string text, SuggestedActions? suggestedActions = null) =>
        Send(Reply.To(Activity, text) with { SuggestedActions = suggestedActions });

    // A question the bot waits an answer to (reopens the microphone after speech).
    public void Ask(string text, SuggestedActions? suggestedActions = null) =>
        Send(Reply.To(Activity, text) with { SuggestedActions = suggestedActions, InputHint = InputHints.ExpectingInput });

    internal async Task FlushAsync(CancellationToken cancellationToken)
    {
        foreach (var reply in _replies) await context.SendAsync(reply, cancellationToken);
    }
}
