using System.Threading.Channels;
using InfoSociale.Bot.Hosting;

namespace InfoSociale.Bot.DirectLine;

// Writes activities to the store in groups (group commit): every append waits until its activity is committed,
// and all the appends waiting at that moment share one transaction, so a commit costs the same for one activity or
// a hundred. Nothing is acknowledged, echoed or numbered for good before it is on disk: a crash loses only what
// no client was told about. A group that fails fails each of its appends (the callers answer 503) and leaves
// nothing behind, so its sequences are given again to the next activities and the log never has a gap.
// When the disk falls behind by MaxPending activities, appending waits: memory stays bounded under any load.
public sealed class DirectLineWriter(DirectLineStore store, ILogger<DirectLineWriter> log) : IHostedService
{
    private const int BatchSize = 256;
    private const int MaxPending = 8 * BatchSize;
    private readonly Channel<Pending> _queue = Channel.CreateBounded<Pending>(new BoundedChannelOptions(MaxPending)
    {
        SingleReader = true,
        FullMode = BoundedChannelFullMode.Wait,
    });
    private Task _writing = Task.CompletedTask;

    // Returns once the activity is committed; throws DirectLineStoreException when it could not be.
    public async Task WriteAsync(PendingActivity activity, CancellationToken cancellationToken)
    {
        var pending = new Pending(activity, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        try
        {
            await _queue.Writer.WriteAsync(pending, cancellationToken);
        }
        catch (ChannelClosedException)
        {
            // After the host stopped the queue is closed: write at once.
            Write([pending]);
        }
        await pending.Committed.Task;
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _writing = Task.Run(WriteQueuedAsync, CancellationToken.None);
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        _queue.Writer.TryComplete();
        await _writing;
    }

    private async Task WriteQueuedAsync()
    {
        var batch = new List<Pending>(BatchSize);
        while (await _queue.Reader.WaitToReadAsync())
        {
            while (batch.Count < BatchSize && _queue.Reader.TryRead(out var item)) batch.Add(item);
            Write(batch);
            batch.Clear();
        }
    }

    private void Write(IReadOnlyList<Pending> batch)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        try
        {
            store.AppendActivities(batch.Select(b => b.Activity).ToList());
            ServerMetrics.StoreWritten(started);
            foreach (var pending in batch) pending.Committed.SetResult();
        }
        catch (Exception error)
        {
            ServerMetrics.Failed("storage");
            log.LogError(error, "Could not write {Count} Direct Line activities; their posts are answered 503.", batch.Count);
            var failure = error as DirectLineStoreException ?? new DirectLineStoreException("The Direct Line store could not save the activity.", error);
            foreach (var pending in batch) pending.Committed.SetException(failure);
        }
    }

    private sealed record Pending(PendingActivity Activity, TaskCompletionSource Committed);
}

// The store cannot write (disk full, file removed, database unreachable): the request gets 503, never a silent loss.
public sealed class DirectLineStoreException(string message, Exception? inner = null) : Exception(message, inner);
