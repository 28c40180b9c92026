using System.Threading.Channels;

namespace InfoSociale.Bot.DirectLine;

// Writes stored activities to SQLite behind the conversation, in batches: a resident's message is echoed and
// handed to the bot without waiting for the disk. Until a batch is committed the conversation serves those
// activities from memory; stopping the host writes whatever is still queued.
public sealed class DirectLineWriter(DirectLineStore store, ILogger<DirectLineWriter> log) : IHostedService
{
    private const int BatchSize = 256;
    private readonly Channel<(DirectLineConversation Conversation, PendingActivity Activity)> _queue =
        Channel.CreateUnbounded<(DirectLineConversation, PendingActivity)>(new UnboundedChannelOptions { SingleReader = true });
    private Task _writing = Task.CompletedTask;

    public void Enqueue(DirectLineConversation conversation, PendingActivity activity)
    {
        // After the host stopped the queue is closed: write at once rather than lose it.
        if (!_queue.Writer.TryWrite((conversation, activity))) Write([(conversation, activity)]);
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
