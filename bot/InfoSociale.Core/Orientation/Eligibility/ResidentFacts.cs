namespace InfoSociale.Core.Orientation.Eligibility;

// What the resident told us during the conversation. Null means "not said": never guessed.
public sealed record ResidentFacts
{
    public static ResidentFacts None { get; } = new();

    public NumberRange? Age { get; init; }
    public bool? LivesInTerritory { get; init; }
    public NumberRange? ResidenceYears { get; init; }
    public string? Household { get; init; }
    public NumberRange? Children { get; init; }
    public string? Work { get; init; }
    public string? Income { get; init; }
    public string? Pension { get; init; }
    public string? LegalStatus { get; init; }
    public bool? HealthInsured { get; init; }

    public bool IsEmpty => this == None;

    public bool IsKnown(string fact) => Number(fact) is not null || Value(fact) is not null || Flag(fact) is not null;

    public NumberRange? Number(string fact) => fact switch
    {
        KnownFacts.Age => Age,
        KnownFacts.ResidenceYears => ResidenceYears,
        KnownFacts.Children => Children,
        _ => null,
    };

    public string? Value(string fact) => fact switch
    {
        KnownFacts.Household => Household,
        KnownFacts.Work => Work,
        KnownFacts.Income => Income,
        KnownFacts.Pension => Pension,
        KnownFacts.LegalStatus => LegalStatus,
        _ => null,
    };

    public bool? Flag(string fact) => fact switch
    {
        KnownFacts.LivesInTerritory => LivesInTerritory,
        KnownFacts.HealthInsured => HealthInsured,
        _ => null,
    };

    // Sets one fact from its written form, as parcours files give it: ("age", "65+"), ("household", "seul").
    public ResidentFacts With(string fact, string value)
    {
        var definition = KnownFacts.Find(fact) ?? throw new FormatException($"unknown fact \"{fact}\"");
        return definition.Kind switch
        {
            FactKind.Number => WithNumber(fact, NumberRange.Parse(value)),
            FactKind.Boolean => WithFlag(fact, ParseFlag(value)),
            _ => definition.Values.Contains(value)
                ? WithValue(fact, value)
                : throw new FormatException($"\"{value}\" is not a value of {fact} ({string.Join(", ", definition.Values)})"),
        };
    }

    private ResidentFacts WithNumber(string fact, NumberRange range) => fact switch
    {
        KnownFacts.Age => this with { Age = range },
        KnownFacts.ResidenceYears => this with { ResidenceYears = range },
        _ => this with { Children = range },
    };

    private ResidentFacts WithFlag(string fact, bool flag) => fact == KnownFacts.LivesInTerritory
        ? this with { LivesInTerritory = flag }
        : this with { HealthInsured = flag };

    private ResidentFacts WithValue(string fact, string value) => fact switch
    {
        KnownFacts.Household => this with { Household = value },
        KnownFacts.Work => this with { Work = value },
        KnownFacts.Income => this with { Income = value },
        KnownFacts.Pension => this with { Pension = value },
        _ => this with { LegalStatus = value },
    };

    private static bool ParseFlag(string value) => value.Trim().ToLowerInvariant() switch
    {
        "true" or "oui" => true,
        "false" or "non" => false,
        _ => throw new FormatException($"\"{value}\" is not true/false"),
    };
}
