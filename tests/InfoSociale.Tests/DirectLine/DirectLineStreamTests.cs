using System.Net;
using System.Net.WebSockets;
using System.Text;
using InfoSociale.Tests.Web;

namespace InfoSociale.Tests.DirectLine;

public sealed class DirectLineStreamTests : IAsyncLifetime
{
    private RunningHost _host = null!;
    private DirectLineCalls _directLine = null!;

    public async Task InitializeAsync()
    {
        _host = await RunningHost.StartAsync(new EchoBot(), new Dictionary<string, string?> { ["InfoSociale:DirectLine:KeepAliveSeconds"] = "1" });
        _directLine = new DirectLineCalls(_host);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task The_stream_replays_what_follows_the_watermark_then_streams_live_without_gap_or_duplicate()
    {
        var started = await _directLine.StartAsync();
        foreach (var text in new[] { "un", "deux" })
            (await _directLine.PostMessageAsync(started.Id, started.Token, text)).EnsureSuccessStatusCode();
        var stored = await _directLine.WaitForAsync(started.Id, started.Token, s => s.Texts.Contains("Écho : deux"));

        using var socket = await ConnectAsync(started.StreamUrl + "&watermark=2");
        var replay = await NextActivitySetAsync(socket);
        (await _directLine.PostMessageAsync(started.Id, started.Token, "trois")).EnsureSuccessStatusCode();
        var live = new List<ActivitySet>();
        while (!live.SelectMany(s => s.Texts).Contains("Écho : trois")) live.Add(await NextActivitySetAsync(socket));

        replay.Watermark.Should().Be(stored.Watermark);
        var received = replay.Activities.Concat(live.SelectMany(s => s.Activities)).Select(a => a.GetProperty("id").GetString()).ToList();
        var sequences = received.Select(id => int.Parse(id!.Split('|')[1])).ToList();
        sequences.Should().Equal(Enumerable.Range(3, sequences.Count));
        live[^1].Watermark.Should().Be(sequences[^1].ToString());
    }

    [Fact]
    public async Task The_stream_ignores_what_the_client_sends_and_keeps_the_connection_alive()
    {
        var started = await _directLine.StartAsync();
        await _directLine.WaitForAsync(started.Id, started.Token, s => s.Activities.Count > 0);
        using var socket = await ConnectAsync(started.StreamUrl);
        await NextActivitySetAsync(socket);

        await socket.SendAsync(Array.Empty<byte>(), WebSocketMessageType.Text, true, CancellationToken.None);
        await socket.SendAsync("pas du JSON"u8.ToArray(), WebSocketMessageType.Text, true, CancellationToken.None);
        (await ReceiveTextAsync(socket)).Should().BeEmpty("an idle stream sends empty keep-alive frames");
        (await _directLine.PostMessageAsync(started.Id, started.Token, "toujours là ?")).EnsureSuccessStatusCode();

        var texts = new List<string?>();
        while (!texts.Contains("Écho : toujours là ?")) texts.AddRange((await NextActivitySetAsync(socket)).Texts);
        texts.Should().Equal("toujours là ?", "Écho : toujours là ?");
    }

    [Fact]
    public async Task The_stream_refuses_a_token_of_another_conversation_before_upgrading()
    {
        var a = await _directLine.StartAsync();
        var b = await _directLine.StartAsync();
        var streamOfBWithTokenOfA = b.StreamUrl.Split("?t=")[0] + "?t=" + Uri.EscapeDataString(a.Token);
        using var socket = new ClientWebSocket();
        socket.Options.CollectHttpResponseDetails = true;

        var connect = () => socket.ConnectAsync(new Uri(streamOfBWithTokenOfA), CancellationToken.None);

        await connect.Should().ThrowAsync<WebSocketException>();
        socket.HttpStatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task The_stream_refuses_a_page_from_an_origin_not_allowed()
    {
        var started = await _directLine.StartAsync();
        using var socket = new ClientWebSocket();
        socket.Options.CollectHttpResponseDetails = true;
        socket.Options.SetRequestHeader("Origin", "https://evil.example");

        var connect = () => socket.ConnectAsync(new Uri(started.StreamUrl), CancellationToken.None);

        await connect.Should().ThrowAsync<WebSocketException>();
        socket.HttpStatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    private static async Task<ClientWebSocket> ConnectAsync(string url)
    {
        var socket = new ClientWebSocket();
        await socket.ConnectAsync(new Uri(url), CancellationToken.None);
        return socket;
    }

    // The next non-empty frame; empty frames are keep-alives.
    private static async Task<ActivitySet> NextActivitySetAsync(WebSocket socket)
    {
        while (true)
        {
            var text = await ReceiveTextAsync(socket);
            if (text.Length > 0) return ActivitySet.Parse(text);
        }
    }

    private static async Task<string> ReceiveTextAsync(WebSocket socket)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var buffer = new byte[64 * 1024];
        var text = new StringBuilder();
        WebSocketReceiveResult frame;
        do
        {
            frame = await socket.ReceiveAsync(buffer, timeout.Token);
            if (frame.MessageType == WebSocketMessageType.Close) throw new InvalidOperationException("The server closed the stream.");
            text.Append(Encoding.UTF8.GetString(buffer, 0, frame.Count));
        } while (!frame.EndOfMessage);
        return text.ToString();
    }
}
