using InfoSociale.Core.KnowledgeBase;

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
    public bool? Disability { get; init; }

    public bool IsEmpty => this == None;

    // The facts a conversation stored by name ("age" -> "65+"); a value this version cannot read is left out.
    public static ResidentFacts From(IReadOnlyDictionary<string, string> said) =>
        said.Aggregate(None, (facts, fact) =>
        {
            try { return facts.With(fact.Key, fact.Value); }
            catch (FormatException) { return facts; }
        });

    public bool IsKnown(string fact) => Number(fact) is not null || Value(fact) is not null || Flag(fact) is not null;

    public NumberRange? Number(string fact) => fact switch
    {
        "age" => Age,
        "residence_years" => ResidenceYears,
        "children" => Children,
        _ => null,
    };

    public string? Value(string fact) => fact switch
    {
        "household" => Household,
        "work" => Work,
        "income" => Income,
        "pension" => Pension,
        "legal_status" => LegalStatus,
        _ => null,
    };

    public bool? Flag(string fact) => fact switch
    {
        "lives_in_territory" => LivesInTerritory,
        "health_insured" => HealthInsured,
        "disability" => Disability,
        _ => null,
    };

    // Sets one fact from its written form, as parcours files give it: ("age", "65+"), ("household", "seul").
    public ResidentFacts With(string fact, string value)
    {
        if (!EligibilityFacts.Types.TryGetValue(fact, out var type)) throw new FormatException($"unknown fact \"{fact}\"");
        var values = EligibilityFacts.Values.GetValueOrDefault(fact, []);
        return type switch
        {
            FactType.Number => WithNumber(fact, NumberRange.Parse(value)),
            FactType.Boolean => WithFlag(fact, ParseFlag(value)),
            _ => values.Contains(value)
                ? WithValue(fact, value)
                : throw new FormatException($"\"{value}\" is not a value of {fact} ({string.Join(", ", values)})"),
        };
    }

    private ResidentFacts WithNumber(string fact, NumberRange range) => fact switch
    {
        "age" => this with { Age = range },
        "residence_years" => this with { ResidenceYears = range },
        _ => this with { Children = range },
    };

    private ResidentFacts WithFlag(string fact, bool flag) => fact switch
    {
        "lives_in_territory" => this with { LivesInTerritory = flag },
        "health_insured" => this with { HealthInsured = flag },
        _ => this with { Disability = flag },
    };

    private ResidentFacts WithValue(string fact, string value) => fact switch
    {
        "household" => this with { Household = value },
        "work" => this with { Work = value },
        "income" => this with { Income = value },
        "pension" => this with { Pension = value },
        _ => this with { LegalStatus = value },
    };

    private static bool ParseFlag(string value) => value.Trim().ToLowerInvariant() switch
    {
        "true" or "oui" => true,
        "false" or "non" => false,
        _ => throw new FormatException($"\"{value}\" is not true/false"),
    };
}
