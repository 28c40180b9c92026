namespace InfoSociale.Core.Dialogs;

// Every dialog the bot knows, by id: the stack stores ids, this finds the code again on the next turn.
public sealed class DialogSet
{
    private readonly Dictionary<string, Dialog> _dialogs = new(StringComparer.Ordinal);

    public DialogSet(IEnumerable<Dialog> dialogs)
    {
        foreach (var dialog in dialogs)
            if (!_dialogs.TryAdd(dialog.Id, dialog))
                throw new ArgumentException($"Two dialogs have the id '{dialog.Id}'.", nameof(dialogs));
    }

    public Dialog? Find(string id) => _dialogs.GetValueOrDefault(id);

    public Dialog Get(string id) =>
        Find(id) ?? throw new InvalidOperationException($"No dialog has the id '{id}' (known: {string.Join(", ", _dialogs.Keys)}).");
}
