using InfoSociale.Core.Dialogs;
using InfoSociale.Core.Dialogs.Prompts;
using InfoSociale.Core.Orientation.Guided;

namespace InfoSociale.Core.Assistant;

// "Je ne sais pas par où commencer" (a parcours trigger, from its YAML file) starts that parcours at any moment.
public sealed class ParcoursStart(IReadOnlyList<Parcours> all) : IInterruption
{
    private readonly ChoicePhrases _choices = new(all.Select(p => new Choice(p.Title) { Synonyms = p.Triggers }).ToList());

    public async Task<TurnOutcome?> TryHandleAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        if (!dc.Turn.IsMessage) return null;
        if (ChoiceRecognizer.Recognize(dc.Turn.Text, _choices, ChoiceMatching.WholeMessage) is not { } index) return null;

        dc.CancelAll();
        return await dc.BeginAsync(AssistantDialogs.Parcours, new ParcoursOptions(all[index].Id), cancellationToken);
    }
}
