using InfoSociale.Core.Handoff;

namespace InfoSociale.Core.KnowledgeBase.Validation;

// equipes.yaml: the teams residents are handed to, checked against the structures, themes and places of the knowledge base.
internal sealed class TeamsRule : IKnowledgeBaseRule
{
    public IEnumerable<KbDiagnostic> Check(LoadedKnowledgeBase knowledgeBase)
    {
        var file = Path.Combine(knowledgeBase.Folder, TeamsLoader.FileName);
        if (!File.Exists(file)) return [];
        TeamReferences references;
        try
        {
            references = TeamReferences.Of(knowledgeBase.Catalog, knowledgeBase.Folder);
        }
        catch (DataFileException)
        {
            return []; // lieux.txt's own rule reports it
        }
        return TeamsLoader.Read(file, knowledgeBase.DisplayPath(file), references).Diagnostics;
    }
}
