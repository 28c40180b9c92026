namespace InfoSociale.Bot.DirectLine;

// Configuration section "InfoSociale:DirectLine".
public sealed class DirectLineSettings
{
    public const string Section = "InfoSociale:DirectLine";

    // Web Chat refreshes every 15 minutes whatever expires_in says, so tokens must live longer than that.
    public int TokenLifetimeMinutes { get; set; } = 30;

    // Per client IP, for POST /api/directline/token.
    public int TokenRequestsPerMinute { get; set; } = 30;

    // Pages on other hosts allowed to call Direct Line (CORS) and open its WebSocket; the host's own pages always are.
    public string[] AllowedOrigins { get; set; } = [];

    // Empty text frames on idle WebSockets, so proxies keep the connection (the checklist asks for 30 s at most).
    public int KeepAliveSeconds { get; set; } = 15;

    // Open WebSockets per conversation (so per token): a page holds one, and briefly two while it reconnects.
    public int MaxStreamsPerConversation { get; set; } = 4;

    public string BotId { get; set; } = "infosociale";

    public string BotName { get; set; } = "InfoSociale";
}
