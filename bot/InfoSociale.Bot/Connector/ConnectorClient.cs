using System.Net.Http.Headers;
using System.Net.Http.Json;
using InfoSociale.Core.Activities;

namespace InfoSociale.Bot.Connector;

// Sends the bot's activities to a channel: POST {serviceUrl}/v3/conversations/{id}/activities[/{replyToId}].
public sealed class ConnectorClient(IHttpClientFactory httpClients, BotTokenProvider tokens, TrustedServiceUrls trusted)
{
    public const string HttpClientName = "bot-connector";

    public async Task SendAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (!trusted.IsTrusted(activity.ServiceUrl))
            throw new InvalidOperationException($"Refusing to send to '{activity.ServiceUrl}': no validated channel token named it.");
        var conversationId = activity.Conversation?.Id ?? throw new InvalidOperationException("The activity has no conversation id.");
        var url = $"{activity.ServiceUrl!.TrimEnd('/')}/v3/conversations/{Uri.EscapeDataString(conversationId)}/activities";
        if (activity.ReplyToId is { Length: > 0 } replyToId) url += "/" + Uri.EscapeDataString(replyToId);

        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(activity, options: ActivityJson.Options) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await tokens.GetAsync(cancellationToken));
        using var response = await httpClients.CreateClient(HttpClientName).SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
            throw new HttpRequestException($"The channel at {activity.ServiceUrl} refused the activity with {(int)response.StatusCode}.");
    }
}
