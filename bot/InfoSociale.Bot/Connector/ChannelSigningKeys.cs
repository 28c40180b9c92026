using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace InfoSociale.Bot.Connector;

// The channel's signing keys, from its OpenID metadata document: cached for hours, fetched again when a token
// names a key id we do not know (the channel rotated its keys), at most once per refetch interval. A fetch is
// bounded in time, and after a failed one the next requests fail at once for a while instead of queueing
// behind fetches that would hang too.
public sealed class ChannelSigningKeys(IHttpClientFactory httpClients, BotConnectorSettings settings, TimeProvider clock)
{
    public const string HttpClientName = "bot-connector-metadata";
    private readonly SemaphoreSlim _fetching = new(1, 1);
    private IReadOnlyList<JsonWebKey> _keys = [];
    private DateTimeOffset _fetchedAt = DateTimeOffset.MinValue;
    private DateTimeOffset _failedAt = DateTimeOffset.MinValue;
    private string _failure = "";

    public async Task<JsonWebKey?> FindAsync(string? keyId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (now - _fetchedAt > TimeSpan.FromHours(settings.SigningKeysCacheHours)) await FetchAsync(_fetchedAt, cancellationToken);
        var key = Match(keyId);
        if (key is null && clock.GetUtcNow() - _fetchedAt >= TimeSpan.FromSeconds(settings.SigningKeysRefetchSeconds))
        {
            await FetchAsync(_fetchedAt, cancellationToken);
            key = Match(keyId);
        }
        return key;
    }

    public static IReadOnlyList<string> Endorsements(JsonWebKey key)
    {
        if (!key.AdditionalData.TryGetValue("endorsements", out var value)) return [];
        return value switch
        {
            JsonElement { ValueKind: JsonValueKind.Array } array => array.EnumerateArray().Select(e => e.GetString() ?? "").ToList(),
            IEnumerable<object> items => items.Select(i => i?.ToString() ?? "").ToList(),
            _ => [],
        };
    }

    private JsonWebKey? Match(string? keyId) =>
        keyId is null ? null : _keys.FirstOrDefault(k => string.Equals(k.Kid, keyId, StringComparison.Ordinal));

    private async Task FetchAsync(DateTimeOffset seenFetch, CancellationToken cancellationToken)
    {
        var timeout = TimeSpan.FromSeconds(settings.SigningKeysFetchTimeoutSeconds);
        if (clock.GetUtcNow() - _failedAt < timeout) throw new SigningKeysUnavailableException(_failure);
        // Waiters give the running fetch its whole timeout and a margin, so they hear its own failure, not a guess.
        if (!await _fetching.WaitAsync(timeout * 2, cancellationToken))
            throw new SigningKeysUnavailableException($"The channel's signing keys are still being fetched from {settings.OpenIdMetadataUrl}.");
        try
        {
            if (_fetchedAt != seenFetch) return; // another request fetched meanwhile
            if (clock.GetUtcNow() - _failedAt < timeout) throw new SigningKeysUnavailableException(_failure);
            using var bounded = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            bounded.CancelAfter(timeout);
            try
            {
                var retriever = new HttpDocumentRetriever(httpClients.CreateClient(HttpClientName)) { RequireHttps = settings.RequireHttpsMetadata };
                // WaitAsync as well: the retriever does not always pass the token on to every read.
                var configuration = await OpenIdConnectConfigurationRetriever.GetAsync(settings.OpenIdMetadataUrl, retriever, bounded.Token)
                    .WaitAsync(timeout, cancellationToken);
                _keys = configuration.JsonWebKeySet?.Keys.ToList() ?? [];
                _fetchedAt = clock.GetUtcNow();
            }
            catch (Exception error) when (!cancellationToken.IsCancellationRequested)
            {
                _failure = error is OperationCanceledException or TimeoutException
                    ? $"The channel's signing keys could not be read from {settings.OpenIdMetadataUrl} within {timeout.TotalSeconds:0} s."
                    : $"The channel's signing keys could not be read from {settings.OpenIdMetadataUrl}: {error.Message}";
                _failedAt = clock.GetUtcNow();
                throw new SigningKeysUnavailableException(_failure);
            }
        }
        finally
        {
            _fetching.Release();
        }
    }
}

public sealed class SigningKeysUnavailableException(string message) : Exception(message);
