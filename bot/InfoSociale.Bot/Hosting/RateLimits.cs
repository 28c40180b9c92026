using System.Threading.RateLimiting;
using InfoSociale.Bot.DirectLine;
using Microsoft.AspNetCore.RateLimiting;

namespace InfoSociale.Bot.Hosting;

// Configuration section "InfoSociale:RateLimits". Every request counts against its client address; posts count
// against their conversation too; new conversations (page tokens) have their own, lower limit per address.
// Refusals are 429 with Retry-After and a Direct Line error body.
public sealed class RateLimitSettings
{
    public const string Section = "InfoSociale:RateLimits";

    // Generous: a library or a shelter may put many residents behind one address.
    public int RequestsPerMinutePerAddress { get; set; } = 1200;

    // A resident types a message every 10 to 30 seconds; a script posting faster is not a resident.
    public int PostsPerMinutePerConversation { get; set; } = 60;
}

public static class RateLimits
{
    public const string PerConversation = "per-conversation";

    public static IServiceCollection AddRateLimits(this IServiceCollection services, RateLimitSettings settings, DirectLineSettings directLine, string tokenPolicy)
    {
        return services.AddRateLimiter(limiter =>
        {
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http => RateLimitPartition.GetFixedWindowLimiter(
                AddressOf(http), _ => PerMinute(settings.RequestsPerMinutePerAddress)));
            limiter.AddPolicy(tokenPolicy, http => RateLimitPartition.GetFixedWindowLimiter(
                AddressOf(http), _ => PerMinute(directLine.TokenRequestsPerMinute)));
            limiter.AddPolicy(PerConversation, http => RateLimitPartition.GetFixedWindowLimiter(
                http.Request.RouteValues["conversationId"]?.ToString() ?? "", _ => PerMinute(settings.PostsPerMinutePerConversation)));
            limiter.OnRejected = async (context, cancellationToken) =>
            {
                var seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)) : 60;
                context.HttpContext.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
                await DirectLineError.Of(StatusCodes.Status429TooManyRequests, "TooManyRequests",
                    $"Too many requests; wait {seconds} seconds.").ExecuteAsync(context.HttpContext);
            };
        });
    }

    private static string AddressOf(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    private static FixedWindowRateLimiterOptions PerMinute(int permits) =>
        new() { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 };
}
