using InfoSociale.Core.Answers;
using InfoSociale.Core.Dialogs;
using InfoSociale.Core.Dialogs.Prompts;
using InfoSociale.Core.Orientation.Guided;
using InfoSociale.Core.Orientation.Scope;
using InfoSociale.Core.Search;

namespace InfoSociale.Core.Assistant;

// The assistant's dialogs, by id. New conversations (orientation paths) add theirs here.
public static class AssistantDialogs
{
    public const string Answer = "answer";
    public const string TextPrompt = "text-prompt";
    public const string ChoicePrompt = "choice-prompt";
    public const string ConfirmPrompt = "confirm-prompt";
    public const string Parcours = "parcours";
    public const string Handoff = "handoff";

    // Without a handoff dialog, "parler à une personne" gives a contact card and nothing is handed over.
    public static DialogSet Create(IKnowledgeSearch search, AnswerCards cards, Clarification clarification, RequestScope scope,
        IReadOnlyList<Parcours> guided, OrientationResults results, ParcoursDialog parcours, HandoffDialog? handoff = null) => new(
    [
        new AnswerDialog(search, cards, clarification, scope, guided, results, offersPerson: handoff is not null),
        .. handoff is null ? Array.Empty<Dialog>() : [handoff],
        parcours,
        new TextPrompt(TextPrompt),
        new ChoicePrompt(ChoicePrompt),
        new ConfirmPrompt(ConfirmPrompt),
    ]);
}
