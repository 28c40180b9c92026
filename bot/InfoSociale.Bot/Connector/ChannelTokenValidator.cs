using InfoSociale.Core.Activities;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace InfoSociale.Bot.Connector;

// The Bot Connector authentication rules for what a channel posts to /api/messages: RS256/384/512 signature by a
// key of the channel's metadata, issuer, audience = our app id, lifetime with skew, the key endorses the
// activity's channel, and the token's serviceurl claim is the activity's serviceUrl. The token is checked before
// the body is read (CheckTokenAsync), the activity against it afterwards (CheckActivity).
public sealed class ChannelTokenValidator(ChannelSigningKeys keys, BotConnectorSettings settings)
{
    private static readonly string[] AllowedAlgorithms = [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];
    private readonly JsonWebTokenHandler _handler = new();

    // Signature, issuer, audience and lifetime: Signed, Refused or KeysUnavailable.
    public async Task<ChannelCheck> CheckTokenAsync(string? authorization, CancellationToken cancellationToken)
    {
        if (authorization is null || !authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            return new ChannelCheck.Refused("No 'Authorization: Bearer' token.");
        var raw = authorization["Bearer ".Length..].Trim();
        if (!_handler.CanReadToken(raw)) return new ChannelCheck.Refused("The bearer token is not a JWT.");
        var token = _handler.ReadJsonWebToken(raw);
        if (!AllowedAlgorithms.Contains(token.Alg)) return new ChannelCheck.Refused($"Tokens signed with {token.Alg} are not accepted (RS256, RS384 or RS512 only).");

        JsonWebKey? key;
        try
        {
            key = await keys.FindAsync(token.Kid, cancellationToken);
        }
        catch (SigningKeysUnavailableException error)
        {
            return new ChannelCheck.KeysUnavailable(error.Message);
        }
        if (key is null) return new ChannelCheck.Refused($"The token's signing key '{token.Kid}' is not among the channel's keys.");

        var result = await _handler.ValidateTokenAsync(raw, new TokenValidationParameters
        {
            ValidIssuers = settings.ValidIssuers,
            ValidAudience = settings.AppId,
            IssuerSigningKey = key,
            ValidAlgorithms = AllowedAlgorithms,
            ClockSkew = TimeSpan.FromMinutes(settings.ClockSkewMinutes),
            RequireSignedTokens = true,
            RequireExpirationTime = true,
        });
        if (!result.IsValid) return new ChannelCheck.Refused(Describe(result.Exception));
        return new ChannelCheck.Signed(key, result.ClaimsIdentity.FindFirst("serviceurl")?.Value);
    }

    // The key endorses the activity's channel and the token was issued for the activity's serviceUrl.
    public static ChannelCheck CheckActivity(ChannelCheck.Signed signed, Activity activity)
    {
        var key = signed.Key;
        if (!string.IsNullOrEmpty(activity.ChannelId) && !ChannelSigningKeys.Endorsements(key).Contains(activity.ChannelId, StringComparer.OrdinalIgnoreCase))
            return new ChannelCheck.Refused($"The signing key does not endorse channel '{activity.ChannelId}'.");

        var serviceUrl = signed.ServiceUrlClaim;
        if (serviceUrl is null || !string.Equals(serviceUrl, activity.ServiceUrl, StringComparison.OrdinalIgnoreCase))
            return new ChannelCheck.Refused("The token's serviceurl claim does not match the activity's serviceUrl.");
        return new ChannelCheck.Valid(serviceUrl);
    }

    private static string Describe(Exception? error) => error switch
    {
        SecurityTokenExpiredException => "The token has expired.",
        SecurityTokenNotYetValidException => "The token is not valid yet.",
        SecurityTokenInvalidIssuerException => "The token's issuer is not a Bot Framework issuer.",
        SecurityTokenInvalidAudienceException => "The token is not meant for this bot (audience).",
        SecurityTokenInvalidSignatureException or SecurityTokenSignatureKeyNotFoundException => "The token's signature is not valid.",
        SecurityTokenNoExpirationException => "The token has no expiry.",
        _ => "The token is not valid.",
    };
}

public abstract record ChannelCheck
{
    public sealed record Valid(string ServiceUrl) : ChannelCheck;
    public sealed record Signed(JsonWebKey Key, string? ServiceUrlClaim) : ChannelCheck;
    public sealed record Refused(string Reason) : ChannelCheck;
    public sealed record KeysUnavailable(string Reason) : ChannelCheck;
}
