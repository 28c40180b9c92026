namespace InfoSociale.Core.Handoff;

public enum TicketStatus { Open, Claimed, Closed }

public enum TicketPriority { Normal, Urgent }

public enum ContactWay { Phone, Email, Permanence }

// What the resident agreed to share: the summary the bot wrote, and the conversation only when they said so.
public sealed record TicketSummary
{
    public IReadOnlyList<string> Needs { get; init; } = [];
    public IReadOnlyList<string> Publics { get; init; } = [];

    // Fact name -> value as the resident gave it ("age" -> "72").
    public IReadOnlyDictionary<string, string> Facts { get; init; } = new Dictionary<string, string>();
    public IReadOnlyList<string> EntriesShown { get; init; } = [];
    public string? Place { get; init; }
}

// How the resident wants to be reached; every field is the resident's own choice, the first name never required.
public sealed record TicketContact(string? Name, ContactWay Way, string? Phone, string? Email, string? BestTime, string Language);

public sealed record TranscriptLine(DateTimeOffset At, string Role, string Text);

// A request handed to a team. Personal data (summary, contact, transcript) is dropped RetentionDays after closing;
// the row stays, anonymous, so requests can still be counted.
public sealed record Ticket
{
    public required string Ref { get; init; }
    public required string Territory { get; init; }
    public required string Team { get; init; }
    public TicketStatus Status { get; init; } = TicketStatus.Open;
    public TicketPriority Priority { get; init; } = TicketPriority.Normal;
    public required DateTimeOffset CreatedAt { get; init; }

    // The channel's conversation key ("directline:abc"), so a worker can join it live.
    public required string Conversation { get; init; }
    public TicketSummary? Summary { get; init; }
    public TicketContact? Contact { get; init; }
    public IReadOnlyList<TranscriptLine>? Transcript { get; init; }
    public DateTimeOffset? ClosedAt { get; init; }
    public string? Outcome { get; init; }
    public bool Purged { get; init; }
}
