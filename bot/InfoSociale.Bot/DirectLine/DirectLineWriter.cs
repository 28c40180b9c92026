using System.Threading.Channels;

namespace InfoSociale.Bot.DirectLine;

// Writes stored activities to SQLite behind the conversation, in batches: a resident's message is echoed and
// handed to the bot without waiting for the disk. Until a batch is committed the conversation serves those
// activities from memory; stopping the host writes whatever is still queued. When the disk falls behind by
// MaxPending activities, appending waits: the memory they take stays bounded under any load.
public sealed class DirectLineWriter(DirectLineStore store, ILogger<DirectLineWriter> log) : IHostedService
{
    private const int BatchSize = 256;
    private const int MaxPending = 8 * BatchSize;
    private readonly Channel<(DirectLineConversation Conversation, PendingActivity Activity)> _queue =
        Channel.CreateBounded<(DirectLineConversation, PendingActivity)>(new BoundedChannelOptions(MaxPending)
        {
            SingleReader = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
    private Task _writing = Task.CompletedTask;

    public async ValueTask EnqueueAsync(DirectLineConversation conversation, PendingActivity activity)
    {
        try
        {
            await _queue.Writer.WriteAsync((conversation, activity));
        }
        catch (ChannelClosedException)
        {
            // After the host stopped the queue is closed: write at once rather than lose it.
            Write([(conversation, activity)]);
        }
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _writing = Task.Run(WriteAsync, CancellationToken.None);
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        _queue.Writer.TryComplete();
        await _writing;
    }

    private async Task WriteAsync()
    {
        var batch = new List<(DirectLineConversation Conversation, PendingActivity Activity)>(BatchSize);
        while (await _queue.Reader.WaitToReadAsync())
        {
            while (batch.Count < BatchSize && _queue.Reader.TryRead(out var item)) batch.Add(item);
            Write(batch);
            batch.Clear();
        }
    }

    private void Write(IReadOnlyList<(DirectLineConversation Conversation, PendingActivity Activity)> batch)
    {
        try
        {
            store.AppendActivities(batch.Select(b => b.Activity).ToList());
            foreach (var (conversation, activity) in batch) conversation.MarkWritten(activity.Sequence);
        }
        catch (Exception error)
        {
            // The activities stay in their conversations' memory and are still served; only a restart would lose them.
            log.LogError(error, "Could not write {Count} Direct Line activities to SQLite.", batch.Count);
        }
    }
}
