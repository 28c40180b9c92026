using System.Threading.Channels;

namespace InfoSociale.Bot.DirectLine;

// Writes stored activities to SQLite behind the conversation, in batches: a resident's message is echoed and
// handed to the bot without waiting for the disk. Until a batch is committed the conversation serves those
// activities from memory; stopping the host writes whatever is still queued. When the disk falls behind by
// MaxPending activities, appending waits: the memory they take stays bounded under any load. A batch that fails
// (disk full, file locked) is written again, before anything newer, until it succeeds: the log never has a gap.
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

    internal TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(1);

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
        while (batch.Count > 0 || await _queue.Reader.WaitToReadAsync())
        {
            while (batch.Count < BatchSize && _queue.Reader.TryRead(out var item)) batch.Add(item);
            if (Write(batch))
            {
                batch.Clear();
                continue;
            }
            if (_queue.Reader.Completion.IsCompleted)
            {
                log.LogCritical("The host stops with {Count} Direct Line activities it could not write to SQLite.", batch.Count);
                return;
            }
            await Task.Delay(RetryDelay);
        }
    }

    // Until it succeeds the activities stay in their conversations' memory and are still served.
    private bool Write(IReadOnlyList<(DirectLineConversation Conversation, PendingActivity Activity)> batch)
    {
        try
        {
            store.AppendActivities(batch.Select(b => b.Activity).ToList());
            foreach (var (conversation, activity) in batch) conversation.MarkWritten(activity.Sequence);
            return true;
        }
        catch (Exception error)
        {
            log.LogError(error, "Could not write {Count} Direct Line activities to SQLite; trying again in {Delay}.", batch.Count, RetryDelay);
            return false;
        }
    }
}
