using InfoSociale.Core.Feedback;
using InfoSociale.Core.KnowledgeBase;
using InfoSociale.Core.Orientation.Eligibility;
using InfoSociale.Core.Orientation.Guided;
using InfoSociale.Core.Orientation.Location;
using InfoSociale.Core.Orientation.Profile;
using InfoSociale.Core.Orientation.Scope;
using InfoSociale.Core.Orientation.Urgency;

namespace InfoSociale.Core.Orientation;

// What the assistant needs to orient residents, read once from the knowledge-base folder and its loaded entries.
// Feedback is where "Cette réponse vous aide ?" answers go; ImpliedFacts completes what residents say
// (parcours/implications.txt).
public sealed record OrientationServices(
    UrgencyDetector Urgency, LocationRecognizer Location, ProfileRecognizer Profile, IReadOnlyList<Parcours> Parcours, TimeProvider Clock, IFeedbackStore Feedback,
    RequestScope Scope)
{
    public ImpliedFacts ImpliedFacts { get; init; } = ImpliedFacts.None;

    public static OrientationServices Load(string knowledgeBaseFolder, EntryCatalog catalog, TimeProvider clock, IFeedbackStore feedback)
    {
        var analysis = Path.Combine(knowledgeBaseFolder, "analysis");
        var parcours = Path.Combine(knowledgeBaseFolder, "parcours");
        return new OrientationServices(
            new UrgencyDetector(UrgencyLexiconLoader.Load(Path.Combine(analysis, "urgences.txt")).WithEntryKeywords(catalog.Entries)),
            new LocationRecognizer(PlaceListLoader.Load(Path.Combine(analysis, "lieux.txt"))),
            new ProfileRecognizer(ProfileLexiconLoader.Load(Path.Combine(analysis, "publics.txt"))),
            ParcoursLoader.LoadFolder(parcours),
            clock,
            feedback,
            new RequestScope(RequestScopeLoader.Load(Path.Combine(analysis, RequestScopeLoader.FileName))))
        {
            ImpliedFacts = ImpliedFactsLoader.LoadFolder(parcours),
        };
    }
}
