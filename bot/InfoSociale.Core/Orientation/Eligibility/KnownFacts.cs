namespace InfoSociale.Core.Orientation.Eligibility;

public enum FactKind { Number, Value, Boolean }

public sealed record FactDefinition(string Name, FactKind Kind, IReadOnlyList<string> Values);

// The facts eligibility conditions may name (knowledge-base/README.md, "Eligibility").
public static class KnownFacts
{
    public const string Age = "age";
    public const string LivesInTerritory = "lives_in_territory";
    public const string ResidenceYears = "residence_years";
    public const string Household = "household";
    public const string Children = "children";
    public const string Work = "work";
    public const string Income = "income";
    public const string Pension = "pension";
    public const string LegalStatus = "legal_status";
    public const string HealthInsured = "health_insured";

    public static IReadOnlyList<FactDefinition> All { get; } =
    [
        new(Age, FactKind.Number, []),
        new(LivesInTerritory, FactKind.Boolean, []),
        new(ResidenceYears, FactKind.Number, []),
        new(Household, FactKind.Value, ["seul", "couple"]),
        new(Children, FactKind.Number, []),
        new(Work, FactKind.Value, ["salarie", "independant", "chomage", "sans-emploi", "retraite", "formation"]),
        new(Income, FactKind.Value, ["tres-bas", "bas", "moyen", "eleve"]),
        new(Pension, FactKind.Value, ["avs", "ai", "aucune"]),
        new(LegalStatus, FactKind.Value, ["national", "permis-sejour", "sans-papiers", "asile"]),
        new(HealthInsured, FactKind.Boolean, []),
    ];

    public static FactDefinition? Find(string name) => All.FirstOrDefault(f => f.Name == name);
}
