using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using InfoSociale.Tests.Web;

namespace InfoSociale.Tests.DirectLine;

// Raw Direct Line calls as DirectLineJS makes them, so the tests read the JSON the server really sends.
public sealed class DirectLineCalls(RunningHost host)
{
    public async Task<StartedConversation> StartAsync(string? userId = "user-1", string? locale = "fr-FR", string? territory = null)
    {
        var body = JsonSerializer.Serialize(new { user = userId is null ? null : new { id = userId }, locale, territory });
        using var response = await SendAsync(HttpMethod.Post, "v3/directline/conversations", host.Secret, body);
        response.StatusCode.Should().Be(System.Net.HttpStatusCode.Created);
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        return new StartedConversation(json.GetProperty("conversationId").GetString()!, json.GetProperty("token").GetString()!, json.GetProperty("streamUrl").GetString()!);
    }

    public Task<HttpResponseMessage> PostAsync(string conversationId, string credential, string activityJson) =>
        SendAsync(HttpMethod.Post, $"v3/directline/conversations/{conversationId}/activities", credential, activityJson);

    public Task<HttpResponseMessage> PostMessageAsync(string conversationId, string credential, string text, string clientActivityId = "c1") =>
        PostAsync(conversationId, credential, JsonSerializer.Serialize(new
        {
            type = "message",
            from = new { id = "user-1", name = "Camille", role = "user" },
            text,
            locale = "fr-FR",
            channelData = new { clientActivityID = clientActivityId },
        }));

    public async Task<ActivitySet> GetActivitiesAsync(string conversationId, string credential, string? watermark = null)
    {
        using var response = await SendAsync(HttpMethod.Get, $"v3/directline/conversations/{conversationId}/activities?watermark={watermark}", credential, null);
        response.EnsureSuccessStatusCode();
        return ActivitySet.Parse(await response.Content.ReadAsStringAsync());
    }

    // Polls until the stored activities satisfy the condition (the bot answers asynchronously).
    public async Task<ActivitySet> WaitForAsync(string conversationId, string credential, Func<ActivitySet, bool> condition)
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            var set = await GetActivitiesAsync(conversationId, credential);
            if (condition(set)) return set;
            await Task.Delay(25);
        }
        throw new TimeoutException("The expected activities never arrived.");
    }

    // `origin`: the page a browser would name in its Origin header; none for a site's backend.
    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? credential, string? jsonBody, string? origin = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (credential is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", credential);
        if (origin is not null) request.Headers.Add("Origin", origin);
        if (jsonBody is not null) request.Content = new StringContent(jsonBody, Encoding.UTF8, "application/json");
        return await host.Http.SendAsync(request);
    }

    public static async Task<DirectLineErrorShape> ReadErrorAsync(HttpResponseMessage response)
    {
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        var error = json.GetProperty("error");
        return new DirectLineErrorShape(error.GetProperty("code").GetString()!, error.GetProperty("message").GetString()!);
    }
}

public sealed record StartedConversation(string Id, string Token, string StreamUrl);

public sealed record DirectLineErrorShape(string Code, string Message);

public sealed record ActivitySet(IReadOnlyList<JsonElement> Activities, string? Watermark)
{
    public static ActivitySet Parse(string json)
    {
        var root = JsonDocument.Parse(json).RootElement;
        var watermark = root.TryGetProperty("watermark", out var w) ? w.GetString() : null;
        return new ActivitySet(root.GetProperty("activities").EnumerateArray().Select(a => a.Clone()).ToList(), watermark);
    }

    public IEnumerable<string?> Texts => Activities.Select(a => a.TryGetProperty("text", out var t) ? t.GetString() : null);
}
