using System.Text.Json;
using System.Text.Json.Nodes;

namespace InfoSociale.Core.Activities;

// The territory a conversation belongs to ("ge", "paris") travels to the bot in channelData.territory.
// The Direct Line service stamps it on every activity it hands to the bot; the bot reads it here.
public static class ConversationTerritory
{
    public const string Property = "territory";

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
    public static Activity Stamp(Activity activity, string territory)
    {
        var data = activity.ChannelData is { ValueKind: JsonValueKind.Object } existing
            ? JsonNode.Parse(existing.GetRawText())!.AsObject()
            : new JsonObject();
        data[Property] = territory;
        return activity with { ChannelData = JsonSerializer.SerializeToElement(data) };
    }
}
