using InfoSociale.Core.Dialogs;
using InfoSociale.Core.KnowledgeBase;
using InfoSociale.Core.Orientation.Guided;

namespace InfoSociale.Core.PlainLanguage;

// The resident-facing texts `kb lint` checks: entry summaries and needs, the message catalogue, the parcours questions.
public static class LintSources
{
    public static IEnumerable<LintText> Summaries(LoadedKnowledgeBase knowledgeBase) =>
        knowledgeBase.LoadedEntries.Select(e => new LintText($"{e.Source.File} summary", e.Entry.Summary, e.Entry.Title));

    // The body is read after the title and the summary: what they spell out is explained for it.
    public static IEnumerable<LintText> Bodies(LoadedKnowledgeBase knowledgeBase) =>
        knowledgeBase.LoadedEntries.Select(e => new LintText($"{e.Source.File} body", e.Entry.Body, $"{e.Entry.Title}\n{e.Entry.Summary}"));

    // The short needs offered as choices when the bot asks which one the resident means.
    public static IEnumerable<LintText> Needs(LoadedKnowledgeBase knowledgeBase) =>
        knowledgeBase.LoadedEntries.Where(e => e.Entry.Need is not null)
            .Select(e => new LintText($"{e.Source.File} need", e.Entry.Need!, e.Entry.Title));

    // "….words" keys are lists of what residents type, not sentences.
    public static IEnumerable<LintText> Messages(Messages messages, string file) =>
        messages.Keys.Where(k => !k.EndsWith(".words", StringComparison.Ordinal))
            .Select(k => new LintText($"{file} {k}", messages.Template(k)));

    public static IEnumerable<LintText> Parcours(IEnumerable<Parcours> all) =>
        from parcours in all
        from question in parcours.Questions
        from text in question.Choices.Select(c => c.Label).Prepend(question.Ask)
        select new LintText($"parcours/{parcours.SourceFile} {question.Id}", text);
}
