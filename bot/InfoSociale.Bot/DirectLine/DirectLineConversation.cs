using System.Text.Json;
using System.Threading.Channels;
using InfoSociale.Core.Activities;

namespace InfoSociale.Bot.DirectLine;

// One conversation while the server runs: it numbers and stores activities (watermark = sequence, timestamps
// strictly increasing by at least 1 ms, as Web Chat sorts on them with millisecond precision), pushes each
// stored activity to the open WebSockets, and runs bot turns one after the other. An activity is numbered,
// published and acknowledged only once DirectLineWriter has committed it.
public sealed class DirectLineConversation
{
    private const int SubscriberBacklog = 512;
    private readonly DirectLineStore _store;
    private readonly DirectLineWriter _writer;
    private readonly TimeProvider _clock;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly List<ChannelWriter<LiveActivity>> _subscribers = [];
    private readonly Lock _turnLock = new();
    private Task _turns = Task.CompletedTask;
    private long _lastSequence;
    private long _lastTimestampMs;

    internal DirectLineConversation(DirectLineStore store, DirectLineWriter writer, TimeProvider clock, ConversationRecord record, long lastSequence, long lastTimestampMs)
    {
        _store = store;
        _writer = writer;
        _clock = clock;
        Record = record;
        _lastSequence = lastSequence;
        _lastTimestampMs = lastTimestampMs;
    }

    public string Id => Record.Id;

    public ConversationRecord Record { get; private set; }

    public long LastSequence => Interlocked.Read(ref _lastSequence);

    // Stores the activity with its server id and timestamp, then pushes it to every open stream.
    public async Task<Activity> AppendAsync(Activity activity, CancellationToken cancellationToken) =>
        (await AppendUnlessEndedAsync(activity, refuseWhenEnded: false, cancellationToken))!;

    // The same for what the client posts, or null once the conversation has ended (checked under the same gate,
    // so a message racing an endOfConversation is either before it or refused).
    public Task<Activity?> AppendFromClientAsync(Activity activity, CancellationToken cancellationToken) =>
        AppendUnlessEndedAsync(activity, refuseWhenEnded: true, cancellationToken);

    private async Task<Activity?> AppendUnlessEndedAsync(Activity activity, bool refuseWhenEnded, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (refuseWhenEnded && Record.Ended) return null;
            var sequence = _lastSequence + 1;
            var timestampMs = Math.Max(_clock.GetUtcNow().ToUnixTimeMilliseconds(), _lastTimestampMs + 1);
            var stored = activity with { Id = $"{Id}|{sequence:D7}", Timestamp = DateTimeOffset.FromUnixTimeMilliseconds(timestampMs) };
            var json = JsonSerializer.Serialize(stored, ActivityJson.Options);
            // Not cancelled with the request: once handed over, the activity is either committed or failed.
            await _writer.WriteAsync(new PendingActivity(Id, sequence, timestampMs, json), CancellationToken.None);
            _lastTimestampMs = timestampMs;
            Interlocked.Exchange(ref _lastSequence, sequence);
            if (activity.Type == ActivityTypes.EndOfConversation && !Record.Ended)
            {
                Record = Record with { Ended = true };
                _store.UpdateConversation(Record);
            }
            Publish(new LiveActivity(json, sequence));
            return stored;
        }
        finally
        {
            _gate.Release();
        }
    }

    // Stored activities with afterSequence < sequence <= upToSequence, in order.
    public IReadOnlyList<StoredActivity> Read(long afterSequence, long upToSequence) =>
        _store.ReadActivities(Id, afterSequence, upToSequence);

    // Typing indicators and livestream chunks: live streams only, never stored, no watermark.
    public async Task PublishEphemeralAsync(Activity activity, CancellationToken cancellationToken)
    {
        var timestampMs = _clock.GetUtcNow().ToUnixTimeMilliseconds();
        var json = JsonSerializer.Serialize(activity with { Timestamp = DateTimeOffset.FromUnixTimeMilliseconds(timestampMs) }, ActivityJson.Options);
        await _gate.WaitAsync(cancellationToken);
        try { Publish(new LiveActivity(json, null)); }
        finally { _gate.Release(); }
    }

    // A new stream sees every activity stored after ReplayUpTo live; the ones before it are read from the store.
    // Null when the conversation already has maxStreams open (a page needs one, two while it reconnects).
    public async Task<StreamSubscription?> SubscribeAsync(int maxStreams, CancellationToken cancellationToken)
    {
        var frames = Channel.CreateBounded<LiveActivity>(new BoundedChannelOptions(SubscriberBacklog) { SingleReader = true });
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_subscribers.Count >= maxStreams) return null;
            _subscribers.Add(frames.Writer);
            return new StreamSubscription(frames, _lastSequence, () => Unsubscribe(frames.Writer));
        }
        finally
        {
            _gate.Release();
        }
    }

    // True when this call started the conversation (the bot then gets its conversationUpdate).
    public async Task<bool> StartAsync(string? userId, string? locale, CancellationToken cancellationToken)
    {
        if (Record.Started) return false; // never unset: most posts need no gate here
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (Record.Started) return false;
            Record = Record with { Started = true, UserId = Record.UserId ?? userId, Locale = locale ?? Record.Locale };
            _store.UpdateConversation(Record);
            return true;
        }
        finally
        {
            _gate.Release();
        }
    }

    // True when the conversation learns its user id now (it started without one).
    public async Task<bool> AdoptUserAsync(string userId, CancellationToken cancellationToken)
    {
        if (Record.UserId is not null) return false; // never unset
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (Record.UserId is not null) return false;
            Record = Record with { UserId = userId };
            _store.UpdateConversation(Record);
            return true;
        }
        finally
        {
            _gate.Release();
        }
    }

    // Turns run in the order they were queued, off the request that queued them.
    public void QueueTurn(Func<Task> turn)
    {
        lock (_turnLock)
            _turns = _turns.ContinueWith(_ => turn(), CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default).Unwrap();
    }

    private void Publish(LiveActivity activity)
    {
        for (var i = _subscribers.Count - 1; i >= 0; i--)
        {
            // A client too slow to drain its backlog is dropped; it reconnects with its watermark and loses nothing.
            if (_subscribers[i].TryWrite(activity)) continue;
            _subscribers[i].TryComplete();
            _subscribers.RemoveAt(i);
        }
    }

    private void Unsubscribe(ChannelWriter<LiveActivity> writer)
    {
        _gate.Wait();
        try { _subscribers.Remove(writer); }
        finally { _gate.Release(); }
        writer.TryComplete();
    }
}

// One stored or ephemeral activity pushed to a live stream: its JSON and its watermark (none for typing).
public sealed record LiveActivity(string Json, long? Sequence)
{
    // The empty frame a stream sends to stay open.
    public static readonly LiveActivity KeepAlive = new(string.Empty, null);
}

public sealed class StreamSubscription(Channel<LiveActivity> frames, long replayUpTo, Action unsubscribe) : IDisposable
{
    public ChannelReader<LiveActivity> Frames => frames.Reader;

    // Lets the stream slip keep-alive frames between activities.
    public ChannelWriter<LiveActivity> KeepAlive => frames.Writer;

    public long ReplayUpTo { get; } = replayUpTo;

    public void Dispose() => unsubscribe();
}
