using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using InfoSociale.Tests.TestSupport;

namespace InfoSociale.Tests.DirectLine;

// A real `serve` process killed with SIGKILL while residents post: what it acknowledged is there after the restart,
// no id is given twice, and a client resuming from its watermark misses nothing.
public sealed class CrashDurabilityTests
{
    private const int Conversations = 8;

    [Fact]
    public async Task A_kill_9_during_posts_loses_no_acknowledged_activity_and_reuses_no_id()
    {
        using var folder = new TempFolder();
        var acknowledged = new ConcurrentDictionary<string, string>(); // server id -> clientActivityID
        List<string> conversationIds;
        await using (var server = await ChildServer.StartAsync(folder.Path))
        {
            using var http = Client(server, folder);
            conversationIds = [];
            for (var i = 0; i < Conversations; i++) conversationIds.Add(await StartAsync(http));

            using var posting = new CancellationTokenSource();
            var posters = conversationIds.Select(id => PostUntilFailureAsync(http, id, acknowledged, posting.Token)).ToList();
            while (acknowledged.Count < 60) await Task.Delay(10);
            await server.KillAsync();
            await Task.WhenAll(posters);
        }

        await using var restarted = await ChildServer.StartAsync(folder.Path);
        using var again = Client(restarted, folder);
        var seenIds = new HashSet<string>();
        foreach (var conversationId in conversationIds)
        {
            var stored = await ActivitiesAsync(again, conversationId, watermark: null);
            var sequences = stored.Select(a => Sequence(a.GetProperty("id").GetString()!)).ToList();
            sequences.Should().Equal(Enumerable.Range(1, sequences.Count), "the log of {0} has no gap", conversationId);
            foreach (var activity in stored) seenIds.Add(activity.GetProperty("id").GetString()!);

            // A client that held half of the log asks for the rest and gets exactly the other half.
            var half = sequences.Count / 2;
            var rest = await ActivitiesAsync(again, conversationId, watermark: half.ToString());
            rest.Select(a => Sequence(a.GetProperty("id").GetString()!)).Should().Equal(Enumerable.Range(half + 1, sequences.Count - half));

            var next = await PostAsync(again, conversationId, "après le redémarrage", "after-restart");
            seenIds.Should().NotContain(next, "an id given before the crash is never given again");
        }
        foreach (var (id, clientActivityId) in acknowledged)
        {
            seenIds.Should().Contain(id, "post {0} was acknowledged before the crash", clientActivityId);
        }
    }

    private static HttpClient Client(ChildServer server, TempFolder folder)
    {
        var http = new HttpClient { BaseAddress = server.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        var secret = File.ReadAllText(folder.File("directline.secret")).Trim();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        return http;
    }

    private static async Task<string> StartAsync(HttpClient http)
    {
        using var response = await http.PostAsync("v3/directline/conversations", JsonContent.Create(new { user = new { id = "user-1" }, locale = "fr-FR" }));
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("conversationId").GetString()!;
    }

    private static async Task PostUntilFailureAsync(HttpClient http, string conversationId, ConcurrentDictionary<string, string> acknowledged, CancellationToken stop)
    {
        var text = new string('x', 3_000);
        for (var i = 0; !stop.IsCancellationRequested; i++)
        {
            var clientActivityId = $"{conversationId}-{i}";
            try
            {
                acknowledged[await PostAsync(http, conversationId, $"{i} {text}", clientActivityId)] = clientActivityId;
            }
            catch (Exception error) when (error is HttpRequestException or TaskCanceledException)
            {
                return; // the server is gone
            }
        }
    }

    private static async Task<string> PostAsync(HttpClient http, string conversationId, string text, string clientActivityId)
    {
        var body = JsonSerializer.Serialize(new { type = "message", from = new { id = "user-1" }, text, channelData = new { clientActivityID = clientActivityId } });
        using var response = await http.PostAsync($"v3/directline/conversations/{conversationId}/activities", new StringContent(body, Encoding.UTF8, "application/json"));
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    private static async Task<IReadOnlyList<JsonElement>> ActivitiesAsync(HttpClient http, string conversationId, string? watermark)
    {
        var json = await http.GetFromJsonAsync<JsonElement>($"v3/directline/conversations/{conversationId}/activities?watermark={watermark}");
        return json.GetProperty("activities").EnumerateArray().Select(a => a.Clone()).ToList();
    }

    private static int Sequence(string id) => int.Parse(id.Split('|')[1]);
}
