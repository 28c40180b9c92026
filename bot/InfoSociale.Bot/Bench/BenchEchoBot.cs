using InfoSociale.Core.Activities;
using InfoSociale.Core.Conversations;

namespace InfoSociale.Bot.Bench;

// The cheapest possible bot: measures what the channel itself costs (`bench chat --bot echo`).
public sealed class BenchEchoBot : IBot
{
    public Task OnTurnAsync(ITurnContext turn, CancellationToken cancellationToken) =>
        turn.Activity.Type == ActivityTypes.Message
            ? turn.SendAsync(new Activity { Type = ActivityTypes.Message, Text = turn.Activity.Text }, cancellationToken)
            : Task.CompletedTask;
}
