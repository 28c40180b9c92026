namespace InfoSociale.Core.KnowledgeBase;

public enum FactType { Number, Boolean, Value }

// The facts an eligibility condition may test, with their type and, for value facts, the allowed values.
// Number facts take min/max, boolean facts equals, value facts in. See knowledge-base/README.md, "Eligibility".
public static class EligibilityFacts
{
    public static IReadOnlyDictionary<string, FactType> Types { get; } = new Dictionary<string, FactType>
    {
        ["age"] = FactType.Number,
        ["lives_in_territory"] = FactType.Boolean,
        ["residence_years"] = FactType.Number,
        ["household"] = FactType.Value,
        ["children"] = FactType.Number,
        ["work"] = FactType.Value,
        ["income"] = FactType.Value,
        ["pension"] = FactType.Value,
        ["legal_status"] = FactType.Value,
        ["health_insured"] = FactType.Boolean,
        ["disability"] = FactType.Boolean,
    };

    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Values { get; } = new Dictionary<string, IReadOnlyList<string>>
    {
        ["household"] = ["seul", "couple"],
        ["work"] = ["salarie", "independant", "chomage", "sans-emploi", "retraite", "formation"],
        ["income"] = ["tres-bas", "bas", "moyen", "eleve"],
        ["pension"] = ["avs", "ai", "aucune"],
        ["legal_status"] = ["national", "permis-sejour", "sans-papiers", "asile"],
    };
}
