using System.Collections.Concurrent;
using System.Text.Json;
using InfoSociale.Core.Activities;
using InfoSociale.Core.Conversations;

namespace InfoSociale.Tests.Web;

// A stand-in bot for channel tests: welcomes the user, answers each message with a hero card and a suggested
// action, ends the conversation when told EndCommand, and records everything it receives.
public sealed class EchoBot : IBot
{
    public const string Welcome = "Bienvenue sur le chat de test.";
    public const string EndCommand = "fin du test";

    public ConcurrentQueue<Activity> Received { get; } = new();

    public async Task OnTurnAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        Received.Enqueue(activity);
        if (activity.Type == ActivityTypes.ConversationUpdate && activity.MembersAdded?.Any(m => m.Role == "user") == true)
        {
            await turn.SendAsync(Message($"{Welcome} Territoire : {ConversationTerritory.Read(activity, "?")}."), cancellationToken);
            return;
        }
        if (activity.Type != ActivityTypes.Message) return;
        if (activity.Text == EndCommand)
        {
            await turn.SendAsync(new Activity { Type = ActivityTypes.EndOfConversation, Code = "completedSuccessfully" }, cancellationToken);
            return;
        }
        await turn.SendAsync(Message($"Écho : {activity.Text}") with
        {
            Attachments = [HeroCard($"Réponse à « {activity.Text} »", "Une carte de réponse du robot de test.")],
            SuggestedActions = new SuggestedActions([new CardAction("imBack", "Encore", JsonSerializer.SerializeToElement("Encore"))]),
        }, cancellationToken);
    }

    private static Activity Message(string text) => new() { Type = ActivityTypes.Message, Text = text, Locale = "fr-FR" };

    private static Attachment HeroCard(string title, string text) => new()
    {
        ContentType = "application/vnd.microsoft.card.hero",
        Content = JsonSerializer.SerializeToElement(new { title, text }),
    };
}
