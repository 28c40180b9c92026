using InfoSociale.Core.Feedback;
using InfoSociale.Core.Orientation.Guided;
using InfoSociale.Core.Orientation.Location;
using InfoSociale.Core.Orientation.Urgency;

namespace InfoSociale.Core.Orientation;

// What the assistant needs to orient residents, read once from the knowledge-base folder.
// Feedback is where "Cette réponse vous aide ?" answers go.
public sealed record OrientationServices(
    UrgencyDetector Urgency, LocationRecognizer Location, IReadOnlyList<Parcours> Parcours, TimeProvider Clock, IFeedbackStore Feedback)
{
    public static OrientationServices Load(string knowledgeBaseFolder, TimeProvider clock, IFeedbackStore feedback)
    {
        var analysis = Path.Combine(knowledgeBaseFolder, "analysis");
        return new OrientationServices(
            new UrgencyDetector(UrgencyLexiconLoader.Load(Path.Combine(analysis, "urgences.txt"))),
            new LocationRecognizer(PlaceListLoader.Load(Path.Combine(analysis, "lieux.txt"))),
            ParcoursLoader.LoadFolder(Path.Combine(knowledgeBaseFolder, "parcours")),
            clock,
            feedback);
    }
}
