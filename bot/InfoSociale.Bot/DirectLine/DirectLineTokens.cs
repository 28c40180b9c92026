using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace InfoSociale.Bot.DirectLine;

// Conversation tokens: JWTs signed with a key derived from the Direct Line secret, scoped to one conversation.
// Web Chat reads the "user" claim and uses it as the user id, as it does with Azure's tokens.
public sealed class DirectLineTokens
{
    private const string Issuer = "infosociale/directline";
    private readonly JsonWebTokenHandler _handler = new() { SetDefaultTimesOnTokenCreation = false };
    private readonly SigningCredentials _credentials;
    private readonly TokenValidationParameters _validation;
    private readonly TimeProvider _clock;
    // Every request carries the token; checking a signature each time would cost more than the rest of the request.
    private readonly ConcurrentDictionary<string, (TokenCheck.Valid Check, DateTimeOffset ValidTo)> _checked = new(StringComparer.Ordinal);
    private const int CheckedTokensKept = 20_000;

    public DirectLineTokens(string secret, TimeSpan lifetime, TimeProvider clock)
    {
        Lifetime = lifetime;
        _clock = clock;
        var key = new SymmetricSecurityKey(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), "directline-token-signing"u8.ToArray()));
        _credentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256);
        _validation = new TokenValidationParameters
        {
            ValidIssuer = Issuer,
            ValidAudience = Issuer,
            IssuerSigningKey = key,
            ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
            ClockSkew = TimeSpan.FromSeconds(30),
            RequireExpirationTime = true,
        };
    }

    public TimeSpan Lifetime { get; }

    public IssuedToken Issue(string conversationId, string? userId, IReadOnlyList<string>? trustedOrigins = null)
    {
        var now = _clock.GetUtcNow().UtcDateTime;
        var claims = new Dictionary<string, object> { ["conv"] = conversationId };
        if (userId is not null) claims["user"] = userId;
        if (trustedOrigins is { Count: > 0 }) claims["origins"] = string.Join(' ', trustedOrigins);
        var token = _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Issuer,
            IssuedAt = now,
            NotBefore = now,
            Expires = now + Lifetime,
            Claims = claims,
            SigningCredentials = _credentials,
        });
        return new IssuedToken(conversationId, token, (int)Lifetime.TotalSeconds);
    }

    public async Task<TokenCheck> CheckAsync(string token)
    {
        if (_checked.TryGetValue(token, out var known) && known.ValidTo > _clock.GetUtcNow()) return known.Check;
        var result = await _handler.ValidateTokenAsync(token, _validation);
        if (result.IsValid)
        {
            var conversation = result.ClaimsIdentity.FindFirst("conv")?.Value;
            if (string.IsNullOrEmpty(conversation)) return new TokenCheck.Invalid("The token names no conversation.");
            var origins = result.ClaimsIdentity.FindFirst("origins")?.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries) ?? [];
            var valid = new TokenCheck.Valid(conversation, result.ClaimsIdentity.FindFirst("user")?.Value, origins);
            if (_checked.Count >= CheckedTokensKept) _checked.Clear();
            _checked[token] = (valid, new DateTimeOffset(result.SecurityToken.ValidTo, TimeSpan.Zero));
            return valid;
        }
        return result.Exception is SecurityTokenExpiredException
            ? new TokenCheck.Expired()
            : new TokenCheck.Invalid("The token is not a valid Direct Line token of this server.");
    }
}

public sealed record IssuedToken(string ConversationId, string Token, int ExpiresIn);

public abstract record TokenCheck
{
    public sealed record Valid(string ConversationId, string? UserId, IReadOnlyList<string> TrustedOrigins) : TokenCheck;
    public sealed record Expired : TokenCheck;
    public sealed record Invalid(string Reason) : TokenCheck;
}
