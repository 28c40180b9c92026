using System.Text;

namespace InfoSociale.Bot.DirectLine;

// {"activities":[...],"watermark":"N"}, written from the stored JSON of each activity without parsing it again.
internal static class ActivitySetJson
{
    public static string Write(IReadOnlyList<string> activities, long? watermark)
    {
        var json = new StringBuilder(64 + activities.Sum(a => a.Length + 1));
        json.Append("{\"activities\":[");
        for (var i = 0; i < activities.Count; i++)
        {
            if (i > 0) json.Append(',');
            json.Append(activities[i]);
        }
        json.Append(']');
        if (watermark is { } value) json.Append(",\"watermark\":\"").Append(value).Append('"');
        return json.Append('}').ToString();
    }
}
