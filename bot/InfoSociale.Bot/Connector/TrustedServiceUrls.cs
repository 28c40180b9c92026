using System.Collections.Concurrent;

namespace InfoSociale.Bot.Connector;

// Service URLs that arrived in a validated channel token. The bot's token is only ever sent to one of these,
// never to a URL taken from an unauthenticated payload.
public sealed class TrustedServiceUrls
{
    private readonly ConcurrentDictionary<string, byte> _urls = new(StringComparer.OrdinalIgnoreCase);

    public void Trust(string serviceUrl) => _urls.TryAdd(serviceUrl, 0);

    public bool IsTrusted(string? serviceUrl) => serviceUrl is not null && _urls.ContainsKey(serviceUrl);
}
