using System.Net.WebSockets;
using System.Text;
using System.Threading.Channels;
using InfoSociale.Bot.Hosting;

namespace InfoSociale.Bot.DirectLine;

// GET {streamUrl}: replays what the client has not seen (after its watermark), then streams live activities.
// Frames are ActivitySet JSON or empty keep-alives, nothing else; what the client sends is read and ignored.
public static class DirectLineStream
{
    private const int MaxActivitiesPerFrame = 32;

    public static async Task AcceptAsync(HttpContext http, string conversationId, [AsParameters] DirectLineServices directLine)
    {
        if (!http.WebSockets.IsWebSocketRequest)
        {
            await DirectLineError.BadArgument("Open this URL as a WebSocket (the streamUrl of a conversation).").ExecuteAsync(http);
            return;
        }
        if (!directLine.Origins.Allows(http.Request))
        {
            await DirectLineError.Of(StatusCodes.Status403Forbidden, "Forbidden", "This page's origin may not open the conversation stream.").ExecuteAsync(http);
            return;
        }
        var opened = await DirectLineCaller.OpenAsync(http, conversationId, directLine);
        if (opened.Refusal is not null) { await opened.Refusal.ExecuteAsync(http); return; }
        var conversation = opened.Conversation!;
        if (!Watermark.TryParse(http.Request.Query["watermark"], out var watermark))
        {
            await DirectLineError.BadArgument(Watermark.Problem).ExecuteAsync(http);
            return;
        }

        using var subscription = await conversation.SubscribeAsync(directLine.Settings.MaxStreamsPerConversation, http.RequestAborted);
        if (subscription is null)
        {
            http.Response.Headers.RetryAfter = "15";
            await DirectLineError.Of(StatusCodes.Status429TooManyRequests, "TooManyStreams",
                $"This conversation already has {directLine.Settings.MaxStreamsPerConversation} open streams; close one first.").ExecuteAsync(http);
            return;
        }
        using var socket = await http.WebSockets.AcceptWebSocketAsync();
        using var closed = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
        var ignoreClient = IgnoreClientFramesAsync(socket, closed);
        var keepAlive = KeepAliveAsync(subscription, TimeSpan.FromSeconds(directLine.Settings.KeepAliveSeconds), closed.Token);
        try
        {
            var missed = conversation.Read(watermark, subscription.ReplayUpTo);
            if (missed.Count > 0)
                await SendAsync(socket, ActivitySetJson.Write(missed.Select(a => a.Json).ToList(), missed[^1].Sequence), closed.Token);
            while (await subscription.Frames.WaitToReadAsync(closed.Token))
                while (NextFrame(subscription.Frames) is { } frame)
                    await SendAsync(socket, frame, closed.Token);
            // The frames ended because this client fell too far behind: it reconnects with its watermark.
            await socket.CloseOutputAsync(WebSocketCloseStatus.EndpointUnavailable, "reconnect", CancellationToken.None);
        }
        catch (Exception error) when (error is OperationCanceledException or WebSocketException)
        {
            // The client went away.
        }
        finally
        {
            await closed.CancelAsync();
            await Task.WhenAll(ignoreClient, keepAlive);
            await AnswerCloseAsync(socket);
        }
    }

    // The activities waiting go out in one ActivitySet (often the resident's echo and the bot's reply): one send and
    // one receive instead of several. A keep-alive is its own empty frame. Null when nothing waits.
    internal static string? NextFrame(ChannelReader<LiveActivity> waiting)
    {
        if (!waiting.TryRead(out var first)) return null;
        if (first == LiveActivity.KeepAlive) return string.Empty;
        var batch = new List<LiveActivity> { first };
        while (batch.Count < MaxActivitiesPerFrame && waiting.TryPeek(out var next) && next != LiveActivity.KeepAlive && waiting.TryRead(out next))
            batch.Add(next);
        return ActivitySetJson.Write(batch.Select(a => a.Json).ToList(), batch.Max(a => a.Sequence));
    }

    // Only one send may be outstanding on a WebSocket, so the close handshake is answered here, after the sends.
    private static async Task AnswerCloseAsync(WebSocket socket)
    {
        if (socket.State != WebSocketState.CloseReceived) return;
        try { await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None); }
        catch (WebSocketException) { }
    }

    private static Task SendAsync(WebSocket socket, string frame, CancellationToken cancellationToken) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(frame), WebSocketMessageType.Text, endOfMessage: true, cancellationToken);

    private static async Task IgnoreClientFramesAsync(WebSocket socket, CancellationTokenSource closed)
    {
        var buffer = new byte[1024];
        try
        {
            while (!closed.IsCancellationRequested)
            {
                var frame = await socket.ReceiveAsync(buffer, closed.Token);
                if (frame.MessageType == WebSocketMessageType.Close) break;
            }
        }
        catch (Exception error) when (error is OperationCanceledException or WebSocketException) { }
        await closed.CancelAsync();
    }

    private static async Task KeepAliveAsync(StreamSubscription subscription, TimeSpan every, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(every);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
                subscription.KeepAlive.TryWrite(LiveActivity.KeepAlive);
        }
        catch (OperationCanceledException) { }
    }
}
