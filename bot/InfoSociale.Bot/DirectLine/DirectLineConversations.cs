using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace InfoSociale.Bot.DirectLine;

// Every conversation of the Direct Line service: created here, found again after a restart from the store.
public sealed class DirectLineConversations(DirectLineStore store, DirectLineWriter writer, TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, DirectLineConversation> _open = new(StringComparer.Ordinal);

    public DirectLineConversation Create(string territory, string? userId, string? locale, string? site = null)
    {
        var record = new ConversationRecord(NewId(), territory, userId, locale, Started: false) { Site = site };
        store.CreateConversation(record);
        return _open.GetOrAdd(record.Id, _ => new DirectLineConversation(store, writer, clock, record, 0, 0));
    }

    public DirectLineConversation? Find(string id)
    {
        if (_open.TryGetValue(id, out var open)) return open;
        if (id.Length > 64) return null;
        var found = store.FindConversation(id);
        if (found is not { } stored) return null;
        return _open.GetOrAdd(id, _ => new DirectLineConversation(store, writer, clock, stored.Conversation, stored.LastSequence, stored.LastTimestampMs));
    }

    // Purged conversations leave memory too (a later Find reads the store, which no longer has them).
    public void Forget(IEnumerable<string> ids)
    {
        foreach (var id in ids) _open.TryRemove(id, out _);
    }

    // 22 url-safe characters; never contains '|', which separates the conversation id from the sequence in activity ids.
    private static string NewId() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(16)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
