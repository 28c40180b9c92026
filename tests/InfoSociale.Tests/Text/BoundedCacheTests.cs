using InfoSociale.Core.Text;

namespace InfoSociale.Tests.Text;

public sealed class BoundedCacheTests
{
    [Fact]
    public void Makes_each_value_once_while_under_capacity()
    {
        var cache = new BoundedCache<string, string>(capacity: 10);
        var made = new List<string>();

        foreach (var key in new[] { "a", "b", "a", "a", "b" })
            cache.Get(key, made, static (k, list) => { list.Add(k); return k.ToUpperInvariant(); }).Should().Be(key.ToUpperInvariant());

        made.Should().Equal("a", "b");
    }

    [Fact]
    public void Starts_afresh_when_full_and_makes_dropped_values_again()
    {
        var cache = new BoundedCache<int, int>(capacity: 2);
        var made = new List<int>();
        int Get(int key) => cache.Get(key, made, static (k, list) => { list.Add(k); return k * 10; });

        Get(1); Get(2); Get(3); Get(1);

        made.Should().Equal(1, 2, 3, 1);
    }
}
