using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace InfoSociale.Core.Orientation.Guided;

// Reads knowledge-base/parcours/*.yaml. Structure problems name the file and line; meaning problems
// (unknown ids, facts, loops) are ParcoursChecker's job.
public static class ParcoursLoader
{
    public static string DefaultFolder => Path.Combine(ProjectPaths.KnowledgeBase, "parcours");

    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .Build();

    public static IReadOnlyList<Parcours> LoadFolder(string folder) =>
        Directory.Exists(folder)
            ? Directory.GetFiles(folder, "*.yaml").Order(StringComparer.Ordinal).Select(Load).ToList()
            : [];

    public static Parcours Load(string path) => Parse(File.ReadAllText(path), Path.GetFileName(path));

    public static Parcours Parse(string yaml, string fileName)
    {
        ParcoursFile file;
        try
        {
            file = Yaml.Deserialize<ParcoursFile?>(yaml) ?? throw new DataFileException(fileName, 1, "the file is empty");
        }
        catch (YamlException e)
        {
            var (line, message) = YamlProblem.Explain(e, yaml);
            throw new DataFileException(fileName, line, message);
        }
        string Required(string? value, string what) =>
            string.IsNullOrWhiteSpace(value) ? throw new DataFileException(fileName, 1, $"\"{what}\" is missing") : value;

        ParcoursQuestion Question(QuestionNode q, string? defaultNext) => new(
            Required(q.Id, "questions: id"),
            Required(q.Ask, $"question {q.Id}: ask"),
            q.Fact,
            q.Choices.Select(c => new ParcoursChoice(
                Required(c.Label, $"question {q.Id}: choice label"),
                c.Next ?? Required(q.Next ?? defaultNext, $"question {q.Id}, choice \"{c.Label}\": next"))
            {
                Also = c.Also,
                Facts = c.Facts,
                Publics = c.Publics,
                Themes = c.Themes,
                Entries = c.Entries,
                Handoff = c.Handoff,
            }).ToList(),
            q.Next ?? defaultNext);

        return new Parcours(Required(file.Id, "id"), Required(file.Title, "title"), file.Triggers,
            Required(file.Start, "start"), file.Questions.Select(q => Question(q, null)).ToList(), fileName)
        {
            FollowUps = file.FollowUp.Select(q => Question(q, Parcours.Result)).ToList(),
        };
    }

    // The YAML shape, as editors write it.
    private sealed class ParcoursFile
    {
        public string? Id { get; set; }
        public string? Title { get; set; }
        public List<string> Triggers { get; set; } = [];
        public string? Start { get; set; }
        public List<QuestionNode> Questions { get; set; } = [];
        public List<QuestionNode> FollowUp { get; set; } = [];
    }

    private sealed class QuestionNode
    {
        public string? Id { get; set; }
        public string? Ask { get; set; }
        public string? Fact { get; set; }
        public string? Next { get; set; }
        public List<ChoiceNode> Choices { get; set; } = [];
    }

    private sealed class ChoiceNode
    {
        public string? Label { get; set; }
        public List<string> Also { get; set; } = [];
        public string? Next { get; set; }
        public Dictionary<string, string> Facts { get; set; } = [];
        public List<string> Publics { get; set; } = [];
        public List<string> Themes { get; set; } = [];
        public List<string> Entries { get; set; } = [];
        public bool Handoff { get; set; }
    }
}
