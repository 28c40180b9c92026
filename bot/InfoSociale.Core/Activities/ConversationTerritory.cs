using System.Text.Json;

namespace InfoSociale.Core.Activities;

// The territory a conversation belongs to ("ge", "paris") travels to the bot in channelData.territory.
// The Direct Line service stamps it on every activity it hands to the bot; the bot reads it here.
public static class ConversationTerritory
{
    public const string Property = "territory";

    // A kiosk's conversation also names its site (knowledge-base/kiosques.yaml) in channelData.site.
    public const string SiteProperty = "site";

    public static string Read(Activity activity, string defaultTerritory)
    {
        if (activity.ChannelData is { ValueKind: JsonValueKind.Object } data
            && data.TryGetProperty(Property, out var value)
            && value.ValueKind == JsonValueKind.String
            && !string.IsNullOrWhiteSpace(value.GetString()))
            return value.GetString()!;
        return defaultTerritory;
    }

    // Keeps every other channelData member as it came ({"clientActivityID":"x"} -> {"clientActivityID":"x","territory":"ge"}).
    public static Activity Stamp(Activity activity, string territory, string? site = null)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(256);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            if (activity.ChannelData is { ValueKind: JsonValueKind.Object } existing)
                foreach (var member in existing.EnumerateObject())
                    if (member.Name != Property && member.Name != SiteProperty) member.WriteTo(json);
            json.WriteString(Property, territory);
            if (site is not null) json.WriteString(SiteProperty, site);
            json.WriteEndObject();
        }
        var reader = new Utf8JsonReader(buffer.WrittenSpan);
        return activity with { ChannelData = JsonElement.ParseValue(ref reader) };
    }
}
