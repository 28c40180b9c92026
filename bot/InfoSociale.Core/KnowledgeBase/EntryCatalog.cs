namespace InfoSociale.Core.KnowledgeBase;

// The loaded knowledge base: every entry (in file order: territory, kind, id) and every territory.
public sealed class EntryCatalog
{
    private readonly Dictionary<string, Entry> _byId;

    public EntryCatalog(IEnumerable<Entry> entries, IEnumerable<Territory> territories)
    {
        Entries = entries.ToList();
        Territories = territories.DistinctBy(t => t.Id).ToDictionary(t => t.Id, StringComparer.Ordinal); // a territory id that is not its folder is a validation error; the first wins
        _byId = new Dictionary<string, Entry>(StringComparer.Ordinal);
        foreach (var entry in Entries) _byId.TryAdd(entry.Id, entry); // a duplicate id is a validation error; the first wins
    }

    public IReadOnlyList<Entry> Entries { get; }

    public IReadOnlyDictionary<string, Territory> Territories { get; }

    public Entry? Find(string id) => _byId.GetValueOrDefault(id);

    public IEnumerable<Entry> InTerritory(string territory) => Entries.Where(e => e.Territory == territory);
}
