using System.Text.Json;
using System.Text.Json.Nodes;
using InfoSociale.Core.Activities;

namespace InfoSociale.Tests.Activities;

public sealed class ActivityJsonTests
{
    private const string FromWebChat = """
        {"type":"message","text":"bonjour","from":{"id":"dl_1","name":"Camille","role":"user","aadObjectId":"x"},
         "conversation":{"id":"c1","tenantId":"t1"},"locale":"fr-FR","localTimestamp":"2026-11-21T22:10:03.5+01:00",
         "channelData":{"clientActivityID":"abc","webchat:sequence-id":7},
         "entities":[{"type":"ClientCapabilities","requiresBotState":true}],
         "listenFor":["oui"],"semanticAction":{"id":"s","entities":{}}}
        """;

    [Fact]
    public void Unknown_fields_survive_a_round_trip_at_every_level()
    {
        var activity = JsonSerializer.Deserialize<Activity>(FromWebChat, ActivityJson.Options)!;

        var written = JsonNode.Parse(JsonSerializer.Serialize(activity, ActivityJson.Options))!;

        JsonNode.DeepEquals(written, JsonNode.Parse(FromWebChat)).Should().BeTrue(written.ToJsonString());
    }

    [Fact]
    public void Utc_timestamps_are_written_with_Z_and_milliseconds()
    {
        var activity = new Activity { Timestamp = new DateTimeOffset(2026, 11, 21, 22, 10, 3, 120, TimeSpan.Zero) };

        JsonSerializer.Serialize(activity, ActivityJson.Options).Should().Contain("\"timestamp\":\"2026-11-21T22:10:03.120Z\"");
    }

    [Theory]
    [InlineData("""{"type":"message","channelData":{"territory":"paris"}}""", "paris")]
    [InlineData("""{"type":"message","channelData":{"clientActivityID":"a"}}""", "ge")]
    [InlineData("""{"type":"message"}""", "ge")]
    [InlineData("""{"type":"message","channelData":{"territory":""}}""", "ge")]
    public void The_territory_is_read_from_channelData_with_a_default(string json, string expected)
    {
        var activity = JsonSerializer.Deserialize<Activity>(json, ActivityJson.Options)!;

        ConversationTerritory.Read(activity, "ge").Should().Be(expected);
    }

    [Fact]
    public void Stamping_the_territory_keeps_the_rest_of_channelData()
    {
        var activity = JsonSerializer.Deserialize<Activity>("""{"type":"message","channelData":{"clientActivityID":"a"}}""", ActivityJson.Options)!;

        var stamped = ConversationTerritory.Stamp(activity, "paris");

        stamped.ChannelData!.Value.GetProperty("clientActivityID").GetString().Should().Be("a");
        ConversationTerritory.Read(stamped, "ge").Should().Be("paris");
    }
}
