using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace InfoSociale.Tests.Connector;

// Azure Bot Service as seen by the bot, on loopback: OpenID metadata and keys (with endorsements), the OAuth2
// token endpoint, and a connector that records the bot's replies. Keys are generated for each run.
public sealed class FakeChannel : IAsyncDisposable
{
    public const string Issuer = "https://api.botframework.com";
    public const string AppId = "5f8c1a52-2b9e-4d5e-9a77-0c3f5e1d2b10";
    public const string AppPassword = "test-password";
    public const string OutboundToken = "outbound-token-from-fake-login";

    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, (RSA Key, string[] Endorsements)> _published = new();

    private FakeChannel(WebApplication app)
    {
        _app = app;
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseUrl = address.TrimEnd('/');
    }

    public string BaseUrl { get; }

    // The serviceUrl the channel puts in its activities and in the token's serviceurl claim.
    public string ServiceUrl => BaseUrl + "/connector/";

    public ConcurrentQueue<RecordedRequest> Replies { get; } = new();

    public ConcurrentQueue<IReadOnlyDictionary<string, string>> TokenRequests { get; } = new();

    public int KeyFetches;

    public IReadOnlyDictionary<string, string?> BotSettings => new Dictionary<string, string?>
    {
        ["InfoSociale:BotConnector:AppId"] = AppId,
        ["InfoSociale:BotConnector:AppPassword"] = AppPassword,
        ["InfoSociale:BotConnector:OpenIdMetadataUrl"] = BaseUrl + "/.well-known/openidconfiguration",
        ["InfoSociale:BotConnector:TokenEndpoint"] = BaseUrl + "/oauth2/token",
        ["InfoSociale:BotConnector:RequireHttpsMetadata"] = "false",
        ["InfoSociale:BotConnector:SigningKeysRefetchSeconds"] = "0",
    };

    public static async Task<FakeChannel> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        var app = builder.Build();
        FakeChannel? channel = null;
        app.MapGet("/.well-known/openidconfiguration", () => Results.Json(new
        {
            issuer = Issuer,
            jwks_uri = channel!.BaseUrl + "/keys",
            id_token_signing_alg_values_supported = new[] { "RS256" },
        }));
        app.MapGet("/keys", () =>
        {
            Interlocked.Increment(ref channel!.KeyFetches);
            return Results.Json(new { keys = channel._published.Select(k => Jwk(k.Key, k.Value.Key, k.Value.Endorsements)) });
        });
        app.MapPost("/oauth2/token", async (HttpRequest request) =>
        {
            var form = await request.ReadFormAsync();
            channel!.TokenRequests.Enqueue(form.ToDictionary(f => f.Key, f => f.Value.ToString()));
            return Results.Json(new { token_type = "Bearer", expires_in = 3600, access_token = OutboundToken });
        });
        app.MapPost("/connector/v3/conversations/{**rest}", async (HttpRequest request) =>
        {
            using var reader = new StreamReader(request.Body);
            channel!.Replies.Enqueue(new RecordedRequest(request.HttpContext.Features.Get<IHttpRequestFeature>()!.RawTarget, request.Headers.Authorization.ToString(), JsonDocument.Parse(await reader.ReadToEndAsync()).RootElement.Clone()));
            return Results.Json(new { id = "reply-1" });
        });
        await app.StartAsync();
        channel = new FakeChannel(app);
        return channel;
    }

    public RSA Publish(string keyId, params string[] endorsements)
    {
        var key = RSA.Create(2048);
        _published[keyId] = (key, endorsements);
        return key;
    }

    public static string Sign(SecurityKey key, string algorithm, string issuer = Issuer, string audience = AppId,
        string? serviceUrl = null, DateTime? expires = null)
    {
        var expiry = expires ?? DateTime.UtcNow.AddMinutes(30);
        var claims = new Dictionary<string, object>();
        if (serviceUrl is not null) claims["serviceurl"] = serviceUrl;
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            IssuedAt = expiry.AddMinutes(-60),
            NotBefore = expiry.AddMinutes(-60),
            Expires = expiry,
            Claims = claims,
            SigningCredentials = new SigningCredentials(key, algorithm),
        });
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static object Jwk(string keyId, RSA key, string[] endorsements)
    {
        var parameters = key.ExportParameters(false);
        return new
        {
            kty = "RSA",
            use = "sig",
            kid = keyId,
            n = Base64UrlEncoder.Encode(parameters.Modulus),
            e = Base64UrlEncoder.Encode(parameters.Exponent),
            endorsements,
        };
    }
}

public sealed record RecordedRequest(string Path, string Authorization, JsonElement Body);
