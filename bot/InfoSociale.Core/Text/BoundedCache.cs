using System.Collections.Concurrent;

namespace InfoSociale.Core.Text;

// Values made once per key and kept, for keys drawn from a set that is bounded in practice (catalogue phrases, shown
// entries, their cards). The capacity only guards against an unexpected stream of keys: when it is reached, everything
// is dropped and made again on demand. Thread-safe; two threads may both make a missing value, which is harmless.
public sealed class BoundedCache<TKey, TValue>(int capacity, IEqualityComparer<TKey>? comparer = null) where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, TValue> _values = new(comparer);

    // make gets the key and arg, so callers pass static lambdas and a hit allocates nothing.
    public TValue Get<TArg>(TKey key, TArg arg, Func<TKey, TArg, TValue> make)
    {
        if (_values.TryGetValue(key, out var value)) return value;
        if (_values.Count >= capacity) _values.Clear();
        return _values[key] = make(key, arg);
    }

    // For values made asynchronously (read-aloud audio): look up first, store once made; failures are never kept.
    public bool TryGet(TKey key, out TValue value) => _values.TryGetValue(key, out value!);

    public void Set(TKey key, TValue value)
    {
        if (_values.Count >= capacity) _values.Clear();
        _values[key] = value;
    }
}
