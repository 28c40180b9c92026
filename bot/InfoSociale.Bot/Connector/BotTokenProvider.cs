using System.Net.Http.Json;
using System.Text.Json.Serialization;

namespace InfoSociale.Bot.Connector;

// The bot's own token for calling channels back: OAuth2 client credentials, cached until a few minutes before expiry.
public sealed class BotTokenProvider(IHttpClientFactory httpClients, BotConnectorSettings settings, TimeProvider clock)
{
    public const string HttpClientName = "bot-connector-token";
    private static readonly TimeSpan RenewBeforeExpiry = TimeSpan.FromMinutes(5);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private string? _token;
    private DateTimeOffset _renewAt;

    public async Task<string> GetAsync(CancellationToken cancellationToken)
    {
        if (_token is not null && clock.GetUtcNow() < _renewAt) return _token;
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_token is not null && clock.GetUtcNow() < _renewAt) return _token;
            using var response = await httpClients.CreateClient(HttpClientName).PostAsync(settings.EffectiveTokenEndpoint, new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "client_credentials",
                ["client_id"] = settings.AppId,
                ["client_secret"] = settings.AppPassword,
                ["scope"] = settings.Scope,
            }), cancellationToken);
            if (!response.IsSuccessStatusCode)
                throw new HttpRequestException($"The token endpoint {settings.EffectiveTokenEndpoint} answered {(int)response.StatusCode}; check AppId, AppPassword and TenantId.");
            var body = await response.Content.ReadFromJsonAsync<TokenBody>(cancellationToken)
                ?? throw new HttpRequestException("The token endpoint answered an empty body.");
            _token = body.AccessToken;
            _renewAt = clock.GetUtcNow() + TimeSpan.FromSeconds(body.ExpiresIn) - RenewBeforeExpiry;
            return _token;
        }
        finally
        {
            _gate.Release();
        }
    }

    private sealed record TokenBody(
        [property: JsonPropertyName("access_token")] string AccessToken,
        [property: JsonPropertyName("expires_in")] int ExpiresIn);
}
