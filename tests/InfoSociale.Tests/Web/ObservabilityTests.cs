using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using InfoSociale.Tests.TestSupport;

namespace InfoSociale.Tests.Web;

// The real server (child process, real assistant): /metrics counts turns, answers and store writes, and the logs
// are JSON lines that never hold what a resident typed.
public sealed class ObservabilityTests
{
    private const string ResidentWords = "zorglub4242";

    [Fact]
    public async Task Metrics_count_turns_urgent_and_missing_answers_and_logs_are_json_without_what_residents_typed()
    {
        using var folder = new TempFolder();
        await using var server = await ChildServer.StartAsync(folder.Path, new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "Information" });
        using var http = new HttpClient { BaseAddress = server.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", File.ReadAllText(folder.File("directline.secret")).Trim());
        using var started = await http.PostAsync("v3/directline/conversations", JsonContent.Create(new { user = new { id = "user-1" } }));
        var conversation = (await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("conversationId").GetString();

        foreach (var text in new[] { "je veux me suicider", $"{ResidentWords} horaires des marées sur Jupiter" })
        {
            var body = JsonSerializer.Serialize(new { type = "message", from = new { id = "user-1" }, text });
            (await http.PostAsync($"v3/directline/conversations/{conversation}/activities", new StringContent(body, Encoding.UTF8, "application/json"))).EnsureSuccessStatusCode();
        }
        var metrics = "";
        // The exporter reads the counters every few seconds and the machine may be busy: wait up to three minutes.
        for (var attempt = 0; attempt < 900 && !System.Text.RegularExpressions.Regex.IsMatch(metrics, @"infosociale_server_turns\{channel=""directline""\} [3-9]"); attempt++)
        {
            await Task.Delay(200);
            metrics = await http.GetStringAsync("metrics");
        }

        metrics.Should().MatchRegex(@"infosociale_server_turns\{channel=""directline""\} [3-9]");
        metrics.Should().Contain("infosociale_server_turn_duration_bucket{channel=\"directline\",le=").And.Contain("infosociale_server_store_write_duration_bucket");
        metrics.Should().MatchRegex(@"infosociale_assistant_urgent_answers [1-9]").And.MatchRegex(@"infosociale_assistant_no_answers [1-9]")
            .And.MatchRegex(@"infosociale_assistant_handoffs [1-9]");
        var lines = server.Output.ToList();
        lines.Should().Contain(l => l.StartsWith('{'), "the host logs its start at Information");
        foreach (var line in lines.Where(l => l.StartsWith('{'))) JsonDocument.Parse(line).RootElement.TryGetProperty("LogLevel", out _).Should().BeTrue(line);
        lines.Should().NotContain(l => l.Contains(ResidentWords));
    }
}
