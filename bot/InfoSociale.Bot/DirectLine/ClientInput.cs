using System.Text.Json;
using InfoSociale.Bot.Hosting;
using InfoSociale.Core.Activities;

namespace InfoSociale.Bot.DirectLine;

// What a client may send to Direct Line. The limits sit well above what Web Chat sends (a message, its
// clientActivityID, one ClientCapabilities entity) and far below what would let one request fill memory or disk:
// every stored activity is echoed, read back by each poll and quoted by the bot.
public static class ClientInput
{
    public const int StartBodyBytes = 4 * 1024;
    public const int ActivityBodyBytes = 64 * 1024;
    public const int MaxTextLength = 4_000;
    public const int MaxIdLength = 128;
    public const int MaxNameLength = 128;
    public const int MaxAttachments = 4;
    public const int MaxAttachmentBytes = 8 * 1024;
    public const int MaxChannelDataBytes = 4 * 1024;
    public const int MaxValueBytes = 8 * 1024;
    public const int MaxEntities = 8;
    public const int MaxEntitiesBytes = 4 * 1024;
    public const int MaxExtraBytes = 4 * 1024;
    public const int MaxTrustedOrigins = 8;

    // A client posts messages, typing, events (webchat/join, card submissions) and endOfConversation; the rest
    // (conversationUpdate, invoke, trace, ...) is the channel's or the bot's to send.
    public static readonly IReadOnlyList<string> ActivityTypesAccepted =
        [ActivityTypes.Message, ActivityTypes.Typing, ActivityTypes.Event, ActivityTypes.EndOfConversation];

    // What is wrong with a posted activity, or null.
    public static string? ProblemWith(Activity activity)
    {
        if (!ActivityTypesAccepted.Contains(activity.Type, StringComparer.Ordinal))
            return $"Activities of type '{Shorten(activity.Type)}' are not accepted; send one of {string.Join(", ", ActivityTypesAccepted)}.";
        return TooLong("text", activity.Text, MaxTextLength)
            ?? ProblemWith("from", activity.From)
            ?? ProblemWithLocale(activity.Locale)
            ?? TooLong("name", activity.Name, MaxNameLength)
            ?? TooLong("localTimezone", activity.LocalTimezone, 64)
            ?? TooLong("textFormat", activity.TextFormat, 16)
            ?? TooLong("inputHint", activity.InputHint, 32)
            ?? TooLong("replyToId", activity.ReplyToId, 2 * MaxIdLength)
            ?? TooBig("channelData", activity.ChannelData, MaxChannelDataBytes)
            ?? TooBig("value", activity.Value, MaxValueBytes)
            ?? ProblemWithAttachments(activity.Attachments)
            ?? ProblemWithEntities(activity.Entities)
            ?? (activity.SuggestedActions is not null ? "Clients do not send 'suggestedActions'; only the bot does." : null)
            ?? (ExtraBytes(activity.Extra) > MaxExtraBytes ? $"The activity's other fields take more than {MaxExtraBytes / 1024} KB." : null);
    }

    // What is wrong with the body of /conversations, /tokens/generate or /api/directline/token, or null.
    public static string? ProblemWith(StartRequest request) =>
        ProblemWith("user", request.User)
        ?? ProblemWithLocale(request.Locale)
        ?? TooLong("territory", request.Territory, 32)
        ?? (request.TrustedOrigins is { Count: > MaxTrustedOrigins } ? $"'trustedOrigins' lists at most {MaxTrustedOrigins} origins." : null);

    public static string? ProblemWithLocale(string? locale) =>
        locale is null || LanguageTag.IsValid(locale) ? null : LanguageTag.Problem;

    private static string? ProblemWith(string field, ChannelAccount? account)
    {
        if (account is null) return null;
        if (account.Id is not null && (account.Id.Length > MaxIdLength || account.Id.Any(char.IsControl)))
            return $"'{field}.id' must be at most {MaxIdLength} characters, without control characters.";
        return TooLong($"{field}.name", account.Name, MaxNameLength)
            ?? TooLong($"{field}.role", account.Role, 16)
            ?? (ExtraBytes(account.Extra) > 1024 ? $"'{field}' carries too many other fields." : null);
    }

    private static string? ProblemWithAttachments(IReadOnlyList<Attachment>? attachments)
    {
        if (attachments is null) return null;
        if (attachments.Count > MaxAttachments) return $"An activity carries at most {MaxAttachments} attachments.";
        foreach (var attachment in attachments)
        {
            if (attachment is null) return "'attachments' must not contain null.";
            var problem = TooLong("attachments[].contentType", attachment.ContentType, 128)
                ?? TooLong("attachments[].contentUrl", attachment.ContentUrl, 2048)
                ?? TooLong("attachments[].thumbnailUrl", attachment.ThumbnailUrl, 2048)
                ?? TooLong("attachments[].name", attachment.Name, 256)
                ?? TooBig("attachments[].content", attachment.Content, MaxAttachmentBytes);
            if (problem is not null) return problem;
        }
        return null;
    }

    private static string? ProblemWithEntities(IReadOnlyList<JsonElement>? entities)
    {
        if (entities is null) return null;
        if (entities.Count > MaxEntities) return $"An activity carries at most {MaxEntities} entities.";
        return entities.Sum(e => e.GetRawText().Length) > MaxEntitiesBytes ? $"'entities' take more than {MaxEntitiesBytes / 1024} KB." : null;
    }

    private static string? TooLong(string field, string? value, int max) =>
        value is not null && value.Length > max ? $"'{field}' is longer than {max} characters." : null;

    private static string? TooBig(string field, JsonElement? value, int maxBytes) =>
        value is { } element && element.GetRawText().Length > maxBytes ? $"'{field}' takes more than {maxBytes / 1024} KB." : null;

    private static int ExtraBytes(Dictionary<string, JsonElement>? extra) =>
        extra is null ? 0 : extra.Sum(pair => pair.Key.Length + pair.Value.GetRawText().Length);

    private static string Shorten(string value) => value.Length <= 40 ? value : value[..40] + "…";
}
