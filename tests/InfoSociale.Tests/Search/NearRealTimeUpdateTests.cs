using System.Collections.Concurrent;
using InfoSociale.Core.KnowledgeBase;
using InfoSociale.Core.Search;

namespace InfoSociale.Tests.Search;

// The server's KnowledgeSearch stays open while `kb build` rewrites the index: searches under load keep
// answering, and each change (an entry added, changed, removed) shows up without reopening anything.
public sealed class NearRealTimeUpdateTests(FixtureKnowledgeBase kb) : IClassFixture<FixtureKnowledgeBase>, IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("infosociale-nrt-").FullName;

    private static readonly Entry Added = FixtureKnowledgeBase.Make("ge-vestiaire-social", "Vestiaire social",
        "Des vêtements gratuits pour les personnes à petit budget.", "Le vestiaire donne des habits et des chaussures.", ["vêtements", "habits"]);

    [Fact]
    public async Task Searches_under_load_answer_before_and_after_an_entry_is_added_changed_and_removed()
    {
        var path = Path.Combine(folder, "search-index");
        SearchIndexBuilder.Build(FixtureKnowledgeBase.Entries, kb.Analyzer, path);
        using var search = KnowledgeSearch.Open(path, kb.Analyzer);
        var failures = new ConcurrentBag<string>();
        var searches = 0;
        using var stop = new CancellationTokenSource();
        var load = Enumerable.Range(0, 4).Select(_ => Task.Run(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                try
                {
                    var hits = search.Search(new SearchRequest("hébergement d'urgence", "ge", 3));
                    if (hits.Count == 0 || hits[0].Id != "ge-hebergement-urgence") failures.Add("no answer: " + string.Join(",", hits.Select(hit => hit.Id)));
                    search.Search(new SearchRequest("vêtements gratuits", "ge", 3));
                    Interlocked.Increment(ref searches);
                }
                catch (Exception exception)
                {
                    failures.Add(exception.ToString());
                }
            }
        })).ToList();

        SearchIndexBuilder.Build([.. FixtureKnowledgeBase.Entries, Added], kb.Analyzer, path);
        await WaitUntil(() => TopId(search, "vêtements gratuits") == Added.Id);

        SearchIndexBuilder.Build([.. FixtureKnowledgeBase.Entries, Added with { Title = "Vestiaire et lingerie solidaire", Keywords = ["lingerie"] }], kb.Analyzer, path);
        await WaitUntil(() => TopId(search, "lingerie") == Added.Id);

        SearchIndexBuilder.Build(FixtureKnowledgeBase.Entries, kb.Analyzer, path);
        await WaitUntil(() => TopId(search, "lingerie") is null);

        stop.Cancel();
        await Task.WhenAll(load);
        failures.Should().BeEmpty();
        searches.Should().BePositive();
    }

    private static string? TopId(KnowledgeSearch search, string question) =>
        search.Search(new SearchRequest(question, "ge", 3)).FirstOrDefault()?.Id;

    // The server checks for a new commit every second; this waits for it rather than forcing it.
    private static async Task WaitUntil(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException("the open search never saw the rebuilt index");
            await Task.Delay(50);
        }
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
