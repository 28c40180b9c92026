using InfoSociale.Bot.Speech;
using InfoSociale.Core;
using InfoSociale.Core.Kiosks;

namespace InfoSociale.Bot.Kiosk;

// The kiosk's services: its sites (knowledge-base/kiosques.yaml), its interface labels and the read-aloud voice.
//   InfoSociale:Kiosk:Espeak   the espeak-ng program (default espeak-ng, found on PATH)
public static class KioskServices
{
    public static IServiceCollection AddKiosk(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(_ => new KioskSiteCatalogue(KioskSites.Load(ProjectPaths.KnowledgeBase)));
        services.AddSingleton(_ => KioskLabels.Load(Path.Combine(ProjectPaths.KnowledgeBase, "messages")));
        services.AddSingleton(new EspeakSpeech(configuration["InfoSociale:Kiosk:Espeak"] ?? "espeak-ng"));
        return services;
    }
}
