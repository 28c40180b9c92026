using InfoSociale.Core.KnowledgeBase.Loading;
using InfoSociale.Core.Orientation;

namespace InfoSociale.Core.KnowledgeBase.Validation;

// One check no JSON Schema can express (across files, across fields, or about the real world).
public interface IKnowledgeBaseRule
{
    IEnumerable<KbDiagnostic> Check(LoadedKnowledgeBase knowledgeBase);
}

// kb validate: the loader's syntax and schema diagnostics plus every rule below, sorted by file and line.
public static class KnowledgeBaseValidator
{
    public static IReadOnlyList<IKnowledgeBaseRule> Rules(DateOnly today) =>
    [
        new FileLayoutRule(),
        new UniqueIdRule(),
        new TerritoryFileRule(),
        new KindFieldsRule(),
        new StructureReferenceRule(),
        new EligibilityRule(),
        new RankingFieldsRule(),
        new SummaryRule(),
        new PhoneNumberRule(),
        new FrenchWebsiteRule(),
        new OpeningHoursRule(),
        new VerificationDateRule(today),
        new StructureCompletenessRule(),
        new VerifiedStructureRule(),
        new OfficialSourceRule(),
        new SummaryVouvoiementRule(),
        new ParcoursRule(),
        new OrientationDataRule(),
        new TeamsRule(),
        new KioskSitesRule(),
    ];

    public static LoadedKnowledgeBase LoadAndValidate(string knowledgeBaseFolder, DateOnly today) =>
        Validate(KnowledgeBaseLoader.Load(knowledgeBaseFolder), today);

    public static LoadedKnowledgeBase Validate(LoadedKnowledgeBase knowledgeBase, DateOnly today)
    {
        var found = Rules(today).SelectMany(rule => rule.Check(knowledgeBase));
        var all = knowledgeBase.Diagnostics.Concat(found)
            .OrderBy(d => d.File, StringComparer.Ordinal)
            .ThenBy(d => d.Line)
            .ToList();
        return knowledgeBase with { Diagnostics = all };
    }
}

internal static class SourceDocumentDiagnostics
{
    public static KbDiagnostic Error(this SourceDocument document, string path, string message) =>
        new(document.File, document.LineOf(path), Severity.Error, $"{path}: {message}");

    public static KbDiagnostic Warning(this SourceDocument document, string path, string message) =>
        new(document.File, document.LineOf(path), Severity.Warning, $"{path}: {message}");

    public static bool Has(this SourceDocument document, string key) => document.Keys.Contains(key);
}
