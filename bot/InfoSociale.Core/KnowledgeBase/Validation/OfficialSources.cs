namespace InfoSociale.Core.KnowledgeBase.Validation;

// knowledge-base/analysis/sources.txt: the public domains of the bodies that run the services, per territory, and the
// host parts that are never a public official page (staging copies, short links, document mirrors).
public sealed class OfficialSources
{
    public const string FileName = "sources.txt";
    private const string EveryTerritory = "*";

    private readonly IReadOnlyDictionary<string, IReadOnlyList<string>> _domains;
    private readonly IReadOnlyList<(string Part, string Why)> _refused;

    private OfficialSources(IReadOnlyDictionary<string, IReadOnlyList<string>> domains, IReadOnlyList<(string, string)> refused)
    {
        _domains = domains;
        _refused = refused;
    }

    public static OfficialSources Load(string path) => Parse(File.ReadAllLines(path), Path.GetFileName(path));

    public static OfficialSources Parse(IReadOnlyList<string> lines, string fileName)
    {
        var domains = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var refused = new List<(string, string)>();
        List<string>? current = null;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            DataFileException Bad(string problem) => new(fileName, i + 1, problem);
            if (line.StartsWith('!'))
            {
                var sides = line[1..].Split('=', 2, StringSplitOptions.TrimEntries);
                if (sides.Length != 2 || sides[0].Length == 0 || sides[1].Length == 0) throw Bad("expected \"!<host part> = <why it is refused>\"");
                if (current is not null) throw Bad("write the refused host parts (\"!…\") before the first \"@<territory>\" line");
                refused.Add((sides[0].ToLowerInvariant(), sides[1]));
            }
            else if (line.StartsWith('@'))
            {
                var territory = line[1..].Trim();
                if (territory.Length == 0) throw Bad("expected \"@<territory>\" or \"@*\"");
                if (domains.ContainsKey(territory)) throw Bad($"\"@{territory}\" is listed twice: keep one list per territory");
                current = domains[territory] = [];
            }
            else
            {
                var domain = line.Split('#', 2)[0].Trim().ToLowerInvariant();
                if (current is null) throw Bad("a domain needs a territory: write \"@<territory>\" above it");
                if (domain.Contains('/') || domain.Contains(' ') || !domain.Contains('.') || domain.StartsWith('.'))
                    throw Bad($"\"{domain}\" is not a domain: write it as \"ge.ch\", without https:// or a path");
                if (current.Contains(domain)) throw Bad($"\"{domain}\" is listed twice in this territory");
                current.Add(domain);
            }
        }
        return new OfficialSources(domains.ToDictionary(d => d.Key, d => (IReadOnlyList<string>)d.Value), refused);
    }

    public IEnumerable<string> Territories => _domains.Keys.Where(t => t != EveryTerritory);

    // Why this source is not an official page of the territory, or null when it is (or is no https address at all:
    // the schema reports that one).
    public string? Problem(string url, string territory)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps) return null;
        var host = uri.IdnHost.ToLowerInvariant();
        if (_refused.FirstOrDefault(r => host.Contains(r.Part, StringComparison.Ordinal)) is { Why: not null } refused)
            return $"{host} is {refused.Why}";
        if (Accepted(territory).Any(domain => host == domain || host.EndsWith("." + domain, StringComparison.Ordinal))) return null;
        return $"{host} is not an official domain of {territory} (accepted domains: analysis/{FileName})";
    }

    private IEnumerable<string> Accepted(string territory) =>
        (_domains.GetValueOrDefault(territory) ?? []).Concat(_domains.GetValueOrDefault(EveryTerritory) ?? []);
}
