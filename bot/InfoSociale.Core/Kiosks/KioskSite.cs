using InfoSociale.Core.KnowledgeBase;

namespace InfoSociale.Core.Kiosks;

// One touchscreen kiosk in a maison de quartier (knowledge-base/kiosques.yaml), opened as /kiosk?site=<id>.
public sealed record KioskSite
{
    public const int DefaultIdleSeconds = 120;
    public const int DefaultWarningSeconds = 30;

    public required string Id { get; init; }
    public required string Name { get; init; }
    public required string Territory { get; init; }
    public required string Structure { get; init; }
    public GeoPoint? Coordinates { get; init; }
    public IReadOnlyList<string> Languages { get; init; } = ["fr"];
    public int IdleSeconds { get; init; } = DefaultIdleSeconds;
    public int WarningSeconds { get; init; } = DefaultWarningSeconds;

    // Null: the reception keeps the structure's own opening_hours.
    public string? ReceptionHours { get; init; }
}
