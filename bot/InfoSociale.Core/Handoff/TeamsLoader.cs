using System.Text.RegularExpressions;
using InfoSociale.Core.KnowledgeBase;
using InfoSociale.Core.Orientation.Location;
using InfoSociale.Core.Places;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace InfoSociale.Core.Handoff;

// What equipes.yaml may refer to: the knowledge base's structures and territories, the controlled themes, and the
// neighbourhoods of lieux.txt by territory.
public sealed record TeamReferences(EntryCatalog Catalog, IReadOnlySet<string> Themes, ILookup<string, string> PlacesByTerritory)
{
    public static TeamReferences Of(EntryCatalog catalog, string knowledgeBaseFolder) => new(catalog, ControlledLists.Themes,
        PlaceListLoader.Load(Path.Combine(knowledgeBaseFolder, "analysis", "lieux.txt")).Places
            .Where(p => p.Place is not null).ToLookup(p => p.Territory, p => p.Place!));
}

// Reads knowledge-base/equipes.yaml: "teams:", a list of teams. Every problem is a diagnostic with its line, so kb validate
// lists them all; the server refuses to start on the first one (Load).
public static partial class TeamsLoader
{
    public const string FileName = "equipes.yaml";

    private static readonly string[] Fields = ["id", "territory", "name", "structure", "themes", "places", "opening_hours", "phone", "email"];

    public static TeamDirectory Load(string knowledgeBaseFolder, TeamReferences references)
    {
        var path = Path.Combine(knowledgeBaseFolder, FileName);
        if (!File.Exists(path)) return new TeamDirectory([]);
        var (teams, diagnostics) = Read(path, FileName, references);
        if (diagnostics.FirstOrDefault(d => d.Severity == Severity.Error) is { } first)
            throw new DataFileException(first.File, first.Line, first.Message);
        return new TeamDirectory(teams);
    }

    public static (IReadOnlyList<Team> Teams, IReadOnlyList<KbDiagnostic> Diagnostics) Read(string path, string display, TeamReferences references)
    {
        var diagnostics = new List<KbDiagnostic>();
        void Error(YamlNode node, string message) => diagnostics.Add(new(display, (int)node.Start.Line, Severity.Error, message));

        var stream = new YamlStream();
        try
        {
            using var reader = File.OpenText(path);
            stream.Load(reader);
        }
        catch (YamlException e)
        {
            diagnostics.Add(new(display, (int)e.Start.Line, Severity.Error, $"YAML syntax error: {(e.InnerException ?? e).Message}"));
            return ([], diagnostics);
        }
        if (stream.Documents.Count != 1 || stream.Documents[0].RootNode is not YamlMappingNode root
            || !root.Children.TryGetValue(new YamlScalarNode("teams"), out var list) || list is not YamlSequenceNode items)
        {
            diagnostics.Add(new(display, 1, Severity.Error, "expected one 'teams:' list"));
            return ([], diagnostics);
        }

        var teams = new List<Team>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in items.Children)
        {
            if (item is not YamlMappingNode node)
            {
                Error(item, "a team is 'key: value' lines (id, territory, name, structure, ...)");
                continue;
            }
            if (ReadTeam(node, references, Error) is not { } team) continue;
            if (!ids.Add(team.Id)) Error(node, $"id: '{team.Id}' is already the id of another team");
            teams.Add(team);
        }
        foreach (var territory in references.Catalog.Territories.Keys.Where(t => teams.All(team => team.Territory != t)))
            diagnostics.Add(new(display, 1, Severity.Warning, $"no team for territory '{territory}': residents there can only get a contact card"));
        return (teams, diagnostics);
    }

    private static Team? ReadTeam(YamlMappingNode node, TeamReferences references, Action<YamlNode, string> error)
    {
        foreach (var key in node.Children.Keys.OfType<YamlScalarNode>().Where(k => !Fields.Contains(k.Value)))
            error(key, $"unknown field '{key.Value}' (fields: {string.Join(", ", Fields)})");

        var valid = true;
        string? Text(string field, bool required)
        {
            if (!node.Children.TryGetValue(new YamlScalarNode(field), out var value))
            {
                if (required) { error(node, $"{field}: missing"); valid = false; }
                return null;
            }
            if (value is YamlScalarNode { Value: { Length: > 0 } text }) return text.Trim();
            error(value, $"{field}: expected text");
            valid = false;
            return null;
        }
        IReadOnlyList<(string Value, YamlNode Node)> List(string field)
        {
            if (!node.Children.TryGetValue(new YamlScalarNode(field), out var value)) return [];
            if (value is YamlSequenceNode sequence && sequence.Children.All(c => c is YamlScalarNode))
                return sequence.Children.Select(c => (((YamlScalarNode)c).Value ?? "", c)).ToList();
            error(value, $"{field}: expected a list such as [a, b]");
            valid = false;
            return [];
        }
        YamlNode At(string field) => node.Children.TryGetValue(new YamlScalarNode(field), out var value) ? value : node;

        var id = Text("id", required: true);
        var territory = Text("territory", required: true);
        var name = Text("name", required: true);
        var structureId = Text("structure", required: true);
        var themes = List("themes");
        var places = List("places");
        var hoursText = Text("opening_hours", required: false);
        var phone = Text("phone", required: false);
        var email = Text("email", required: false);

        if (id is not null && !IdPattern().IsMatch(id)) error(At("id"), $"id: '{id}' should be lowercase words joined by '-'");
        if (territory is not null && !references.Catalog.Territories.ContainsKey(territory))
            error(At("territory"), $"territory: unknown territory '{territory}' (known: {string.Join(", ", references.Catalog.Territories.Keys.Order())})");
        var structure = structureId is null ? null : references.Catalog.Find(structureId);
        if (structureId is not null && (structure is null || structure.Kind != EntryKind.Structure))
            error(At("structure"), $"structure: '{structureId}' is not a structure of the knowledge base");
        else if (structure is not null && territory is not null && structure.Territory != territory)
            error(At("structure"), $"structure: '{structureId}' is in territory '{structure.Territory}', not '{territory}'");
        foreach (var (theme, at) in themes.Where(t => !references.Themes.Contains(t.Value)))
            error(at, $"themes: unknown theme '{theme}'");
        if (territory is not null)
            foreach (var (place, at) in places.Where(p => !references.PlacesByTerritory[territory].Contains(p.Value)))
                error(at, $"places: '{place}' is not a place of '{territory}' in analysis/lieux.txt");
        OpeningHours? hours = null;
        if (hoursText is not null && !OpeningHours.TryParse(hoursText, out hours, out var hoursError))
            error(At("opening_hours"), $"opening_hours: {hoursError}");
        // The fallback contact repeats what the structure's entry says (from its official sources), never something new.
        if (phone is not null && phone != structure?.Contact?.Phone)
            error(At("phone"), $"phone: '{phone}' is not the phone of the structure '{structureId}'; take it from the structure's entry");
        if (email is not null && email != structure?.Contact?.Email)
            error(At("email"), $"email: '{email}' is not the email of the structure '{structureId}'; take it from the structure's entry");

        if (!valid || id is null || territory is null || name is null || structureId is null) return null;
        return new Team
        {
            Id = id, Territory = territory, Name = name, Structure = structureId,
            Themes = themes.Select(t => t.Value).ToList(), Places = places.Select(p => p.Value).ToList(),
            Hours = hours, Phone = phone, Email = email,
        };
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex IdPattern();
}
