using InfoSociale.Core.Activities;

namespace InfoSociale.Core.Handoff;

// The conversation as the channel kept it, for residents who agree to share it; null when the channel keeps none.
public interface IConversationTranscripts
{
    Task<IReadOnlyList<TranscriptLine>?> ReadAsync(Activity activity, CancellationToken cancellationToken);
}

public sealed class NoTranscripts : IConversationTranscripts
{
    public Task<IReadOnlyList<TranscriptLine>?> ReadAsync(Activity activity, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<TranscriptLine>?>(null);
}

// Whether a member of a team is signed in to the staff console right now.
public interface ITeamPresence
{
    bool IsOnline(string teamId);
}

public sealed class NobodyOnline : ITeamPresence
{
    public bool IsOnline(string teamId) => false;
}

// What the assistant needs to hand a resident over: the teams, where tickets go, the channel's transcript, who is online.
// InitiateEvent: also tell the channel with a Bot Framework `handoff.initiate` event (for a contact centre behind Azure Bot Service).
public sealed record HandoffServices(TeamDirectory Teams, ITicketStore Tickets, IConversationTranscripts Transcripts, ITeamPresence Presence)
{
    public bool InitiateEvent { get; init; }
}
