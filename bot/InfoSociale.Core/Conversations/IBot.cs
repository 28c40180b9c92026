using InfoSociale.Core.Activities;

namespace InfoSociale.Core.Conversations;

// What every channel (Direct Line, Bot Connector, terminal, kiosk) hands a turn to.
public interface IBot
{
    Task OnTurnAsync(ITurnContext turn, CancellationToken cancellationToken);
}

// One incoming activity and the way to answer it on the channel it came from.
public interface ITurnContext
{
    Activity Activity { get; }
    Task SendAsync(Activity reply, CancellationToken cancellationToken);
}
