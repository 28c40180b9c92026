namespace InfoSociale.Core.KnowledgeBase;

// One knowledge-base entry, as read from knowledge-base/<territory>/<kind>/<id>.yaml.
// Field names follow the YAML keys (snake_case there, PascalCase here); see knowledge-base/README.md.
public sealed record Entry
{
    public required string Id { get; init; }
    public required EntryKind Kind { get; init; }
    public required string Territory { get; init; }
    public required string Title { get; init; }
    public required string Summary { get; init; }

    // The need it answers, as a resident picks it when the bot asks "que cherchez-vous ?": "Payer le loyer".
    public string? Need { get; init; }
    public string Body { get; init; } = "";
    public IReadOnlyList<string> Publics { get; init; } = [];
    public IReadOnlyList<string> Themes { get; init; } = [];
    public IReadOnlyList<string> Keywords { get; init; } = [];
    public IReadOnlyList<EligibilityCondition> Eligibility { get; init; } = [];

    // How central the entry is to each need (theme) it is made for: a benefit before a help before a general desk.
    // A theme of Themes missing here is one the entry only touches: it is not ranked for that need.
    public IReadOnlyDictionary<string, Centrality> Centrality { get; init; } = new Dictionary<string, Centrality>();

    // Subsidiarity: ids of entries to ask first ("social aid comes after the PC"); this one is ranked after them.
    public IReadOnlyList<string> After { get; init; } = [];
    public IReadOnlyList<string> Steps { get; init; } = [];
    public IReadOnlyList<string> Documents { get; init; } = [];
    public IReadOnlyList<string> Structures { get; init; } = [];
    public Contact? Contact { get; init; }

    // Structures only.
    public Address? Address { get; init; }
    public GeoPoint? Geo { get; init; }
    public string? OpeningHours { get; init; }
    public IReadOnlyList<string> Accessibility { get; init; } = [];
    public IReadOnlyList<string> Languages { get; init; } = [];

    // Urgences only.
    public string? Number { get; init; }
    public string? WhenToCall { get; init; }
    public string? AvailableHours { get; init; }

    // The urgences.txt situation this number answers ("suicide"): its keywords detect that situation.
    public string? Situation { get; init; }

    // Found by search, but too broad to mean an emergency on their own ("école", "police") or meaning another situation.
    public IReadOnlyList<string> SearchOnlyKeywords { get; init; } = [];

    public IReadOnlyList<string> Sources { get; init; } = [];
    public DateOnly? LastVerified { get; init; }
    public bool Verified { get; init; }
}

public enum EntryKind { Prestation, Droit, Structure, Urgence }

// In the order results are shown: the benefit or right made for a need, a concrete help, a general information desk.
public enum Centrality { Benefit, Help, Desk }

public sealed record Contact(string? Phone, string? Email, string? Website);

public sealed record Address(string Street, string PostalCode, string City, string? Quartier);

public sealed record GeoPoint(double Lat, double Lon);

// A declarative condition on one fact about the resident, e.g. { fact: age, min: 65 }.
// Exactly one of Min/Max (together allowed), In, or EqualsValue is set.
public sealed record EligibilityCondition
{
    public required string Fact { get; init; }
    public double? Min { get; init; }
    public double? Max { get; init; }
    public IReadOnlyList<string> In { get; init; } = [];
    public bool? EqualsValue { get; init; }
    public required string Explain { get; init; }
}
