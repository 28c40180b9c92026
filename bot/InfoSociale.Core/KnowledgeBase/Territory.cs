namespace InfoSociale.Core.KnowledgeBase;

// knowledge-base/<territory>/territory.yaml
public sealed record Territory
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required string Country { get; init; }
    public required string TimeZone { get; init; }
    public IReadOnlyList<string> Languages { get; init; } = [];
    public IReadOnlyList<EmergencyNumber> EmergencyNumbers { get; init; } = [];
    public required string DefaultStructure { get; init; }
}

public sealed record EmergencyNumber(string Number, string Label);
