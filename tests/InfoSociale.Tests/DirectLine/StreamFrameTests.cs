using System.Threading.Channels;
using InfoSociale.Bot.DirectLine;

namespace InfoSociale.Tests.DirectLine;

public sealed class StreamFrameTests
{
    [Fact]
    public void Activities_waiting_together_go_out_in_one_frame_with_the_last_watermark_and_a_keep_alive_stays_alone()
    {
        var waiting = Channel.CreateUnbounded<LiveActivity>();
        foreach (var activity in new[]
        {
            new LiveActivity("""{"id":"c|1"}""", 1), new LiveActivity("""{"type":"typing"}""", null), new LiveActivity("""{"id":"c|2"}""", 2),
            LiveActivity.KeepAlive,
            new LiveActivity("""{"type":"typing"}""", null),
        })
            waiting.Writer.TryWrite(activity);

        DirectLineStream.NextFrame(waiting.Reader).Should().Be("""{"activities":[{"id":"c|1"},{"type":"typing"},{"id":"c|2"}],"watermark":"2"}""");
        DirectLineStream.NextFrame(waiting.Reader).Should().BeEmpty();
        DirectLineStream.NextFrame(waiting.Reader).Should().Be("""{"activities":[{"type":"typing"}]}""");
        DirectLineStream.NextFrame(waiting.Reader).Should().BeNull();
    }
}
