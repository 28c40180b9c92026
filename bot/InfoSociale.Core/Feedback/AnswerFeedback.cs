namespace InfoSociale.Core.Feedback;

// "Cette réponse vous aide ?": which entry, where, yes or no, and the day. Nothing that points to a person or a
// conversation (no conversation id, no time of day, no text typed).
public sealed record AnswerFeedback(string EntryId, string Territory, bool Helpful, DateOnly Day);

public interface IFeedbackStore
{
    Task AddAsync(AnswerFeedback feedback, CancellationToken cancellationToken);

    Task<IReadOnlyList<AnswerFeedback>> ReadAllAsync(CancellationToken cancellationToken);
}

// For tests and for a bot built without a data folder.
public sealed class InMemoryFeedbackStore : IFeedbackStore
{
    private readonly List<AnswerFeedback> _all = [];

    public Task AddAsync(AnswerFeedback feedback, CancellationToken cancellationToken)
    {
        lock (_all) _all.Add(feedback);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<AnswerFeedback>> ReadAllAsync(CancellationToken cancellationToken)
    {
        lock (_all) return Task.FromResult<IReadOnlyList<AnswerFeedback>>(_all.ToList());
    }
}
