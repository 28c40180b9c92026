using InfoSociale.Core.Places;

namespace InfoSociale.Core.Handoff;

// A team of social workers that takes over conversations: the territory, themes and neighbourhoods it covers,
// when it works (OpenStreetMap opening_hours, none when no official page gives them), and the knowledge-base
// structure whose public contact residents get when they share nothing.
public sealed record Team
{
    public required string Id { get; init; }
    public required string Territory { get; init; }
    public required string Name { get; init; }
    public required string Structure { get; init; }
    public IReadOnlyList<string> Themes { get; init; } = [];

    // Neighbourhoods as lieux.txt names them; none means the whole territory.
    public IReadOnlyList<string> Places { get; init; } = [];
    public OpeningHours? Hours { get; init; }
    public string? Phone { get; init; }
    public string? Email { get; init; }
}
