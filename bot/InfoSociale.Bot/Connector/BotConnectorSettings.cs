namespace InfoSociale.Bot.Connector;

// Configuration section "InfoSociale:BotConnector" (Azure Bot Service channels). Every URL is configuration,
// so the tests run offline against a fake channel on loopback.
public sealed class BotConnectorSettings
{
    public const string Section = "InfoSociale:BotConnector";

    // The Microsoft App ID of the bot registration: the audience of inbound tokens, the client id of outbound ones.
    public string AppId { get; set; } = "";

    public string AppPassword { get; set; } = "";

    // "botframework.com" for a multi-tenant registration, else the bot's tenant id.
    public string TenantId { get; set; } = "botframework.com";

    public string OpenIdMetadataUrl { get; set; } = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    public string[] ValidIssuers { get; set; } = ["https://api.botframework.com"];

    public int ClockSkewMinutes { get; set; } = 5;

    public int SigningKeysCacheHours { get; set; } = 24;

    // An unknown key id makes us fetch the keys again, but not more often than this (a flood of forged kids costs one fetch).
    public int SigningKeysRefetchSeconds { get; set; } = 60;

    // A fetch of the metadata and keys gives up after this; for as long again, requests get 503 at once.
    public int SigningKeysFetchTimeoutSeconds { get; set; } = 5;

    // Empty means https://login.microsoftonline.com/{TenantId}/oauth2/v2.0/token.
    public string TokenEndpoint { get; set; } = "";

    public string Scope { get; set; } = "https://api.botframework.com/.default";

    public bool RequireHttpsMetadata { get; set; } = true;

    public bool IsConfigured => AppId.Length > 0;

    public string EffectiveTokenEndpoint => TokenEndpoint.Length > 0
        ? TokenEndpoint
        : $"https://login.microsoftonline.com/{Uri.EscapeDataString(TenantId)}/oauth2/v2.0/token";
}
