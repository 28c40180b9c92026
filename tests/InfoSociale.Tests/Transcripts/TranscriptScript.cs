using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace InfoSociale.Tests.Transcripts;

// One scripted conversation from scripts/*.yaml: the resident's lines and what the bot must do after each.
// Grammar (all expectation keys optional):
//   about: what the script shows
//   territory: ge | paris          (channel territory; default ge)
//   now: 2026-11-23T09:00:00Z      (UTC clock of the conversation; default Monday 23 November 2026, 10:00 in Geneva)
//   turns:
//     - user: the resident's words
//       urgent: true|false          (a call button among the suggested actions, or none at all)
//       entries: [ids]              (entries whose title appears on a card or in the text)
//       first: id                   (the entry of the first card: the best answer)
//       no_entries: [ids]           (entries that must not appear)
//       suggestions: [titles]       (suggested actions that must be offered)
//       says: [fragments]           (text fragments of the replies, accents and case as written)
//       asks: question              (the last reply is this question, with its choices as suggested actions)
//       silent: true                (no reply at all)
//       feedback: true|false        (this line stored one "Cette réponse vous aide ?" answer, yes or no)
//       ticket: team-id             (this line stored one ticket for that team; `{ref}` in later lines is its reference)
//       priority: urgent|normal     (with ticket: the stored ticket's priority)
//       refused: true               (this line stored no ticket, only one more anonymous refusal)
public sealed class TranscriptScript
{
    public string About { get; set; } = "";
    public string Territory { get; set; } = "ge";
    public DateTimeOffset Now { get; set; } = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    public List<ScriptTurn> Turns { get; set; } = [];

    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .Build();

    public static string Folder => Path.Combine(InfoSociale.Core.ProjectPaths.Root, "tests", "InfoSociale.Tests", "Transcripts", "scripts");

    public static TranscriptScript Load(string name) => Yaml.Deserialize<TranscriptScript>(File.ReadAllText(Path.Combine(Folder, name)));
}

public sealed class ScriptTurn
{
    public string User { get; set; } = "";
    public bool? Urgent { get; set; }
    public List<string> Entries { get; set; } = [];
    public string? First { get; set; }
    public List<string> NoEntries { get; set; } = [];
    public List<string> Suggestions { get; set; } = [];
    public List<string> Says { get; set; } = [];
    public string? Asks { get; set; }
    public bool Silent { get; set; }
    public bool? Feedback { get; set; }
    public string? Ticket { get; set; }
    public string? Priority { get; set; }
    public bool Refused { get; set; }
}
