using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using InfoSociale.Core.Activities;
using InfoSociale.Tests.Web;

namespace InfoSociale.Tests.DirectLine;

public sealed class DirectLineConversationTests : IAsyncLifetime
{
    private readonly EchoBot _bot = new();
    private RunningHost _host = null!;
    private DirectLineCalls _directLine = null!;

    public async Task InitializeAsync()
    {
        _host = await RunningHost.StartAsync(_bot);
        _directLine = new DirectLineCalls(_host);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Start_returns_201_with_a_token_and_an_absolute_stream_url_then_200_once_started()
    {
        var started = await _directLine.StartAsync();

        started.StreamUrl.Should().StartWith($"ws://{_host.BaseAddress.Authority}/v3/directline/conversations/{started.Id}/stream?t=");
        using var again = await _directLine.SendAsync(HttpMethod.Post, "v3/directline/conversations", started.Token, null);
        again.StatusCode.Should().Be(HttpStatusCode.OK);
        var body = await again.Content.ReadFromJsonAsync<JsonElement>();
        body.GetProperty("conversationId").GetString().Should().Be(started.Id);
        body.GetProperty("token").GetString().Should().NotBeNullOrEmpty();
        body.GetProperty("expires_in").GetInt32().Should().BeGreaterThanOrEqualTo(1800);
    }

    [Fact]
    public async Task Start_with_a_known_user_gives_the_bot_one_conversationUpdate_with_bot_and_user_and_the_locale()
    {
        var started = await _directLine.StartAsync(userId: "user-1", locale: "fr-CH");
        await _directLine.WaitForAsync(started.Id, started.Token, set => set.Texts.Any(t => t?.StartsWith(EchoBot.Welcome) == true));

        var update = _bot.Received.Should().ContainSingle(a => a.Type == ActivityTypes.ConversationUpdate).Subject;
        update.MembersAdded!.Select(m => m.Id).Should().Equal("infosociale", "user-1");
        update.Locale.Should().Be("fr-CH");
        update.Conversation!.Id.Should().Be(started.Id);
        ConversationTerritory.Read(update, "none").Should().Be("ge");
    }

    [Fact]
    public async Task A_posted_message_is_echoed_with_server_id_and_timestamp_and_its_channelData_then_answered()
    {
        var started = await _directLine.StartAsync();

        using var posted = await _directLine.PostMessageAsync(started.Id, started.Token, "horaires", clientActivityId: "client-42");
        posted.StatusCode.Should().Be(HttpStatusCode.OK);
        var postedId = (await posted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();

        var set = await _directLine.WaitForAsync(started.Id, started.Token, s => s.Texts.Contains("Écho : horaires"));
        var echo = set.Activities.Single(a => a.GetProperty("id").GetString() == postedId);
        echo.GetProperty("channelData").GetProperty("clientActivityID").GetString().Should().Be("client-42");
        echo.GetProperty("from").GetProperty("id").GetString().Should().Be("user-1");
        echo.GetProperty("channelId").GetString().Should().Be("directline");
        echo.GetProperty("timestamp").GetString().Should().EndWith("Z");
        var reply = set.Activities.Single(a => a.GetProperty("text").GetString() == "Écho : horaires");
        reply.GetProperty("replyToId").GetString().Should().Be(postedId);
        reply.GetProperty("from").GetProperty("role").GetString().Should().Be("bot");
    }

    [Fact]
    public async Task A_user_unknown_at_start_joins_the_bot_with_a_conversationUpdate_before_its_first_message()
    {
        var started = await _directLine.StartAsync(userId: null);

        (await _directLine.PostMessageAsync(started.Id, started.Token, "bonjour")).EnsureSuccessStatusCode();
        await _directLine.WaitForAsync(started.Id, started.Token, s => s.Texts.Contains("Écho : bonjour"));

        var received = _bot.Received.Where(a => a.Conversation!.Id == started.Id).ToList();
        received.Select(a => a.Type).Should().Equal(ActivityTypes.ConversationUpdate, ActivityTypes.ConversationUpdate, ActivityTypes.Message);
        received[0].MembersAdded!.Select(m => m.Id).Should().Equal("infosociale");
        received[1].MembersAdded!.Select(m => m.Id).Should().Equal("user-1");
    }

    [Fact]
    public async Task Typing_from_the_user_reaches_the_bot_but_is_neither_stored_nor_echoed()
    {
        var started = await _directLine.StartAsync();

        using var typing = await _directLine.PostAsync(started.Id, started.Token, """{"type":"typing","from":{"id":"user-1"}}""");
        (await _directLine.PostMessageAsync(started.Id, started.Token, "après")).EnsureSuccessStatusCode();
        var set = await _directLine.WaitForAsync(started.Id, started.Token, s => s.Texts.Contains("Écho : après"));

        typing.StatusCode.Should().Be(HttpStatusCode.OK);
        set.Activities.Select(a => a.GetProperty("type").GetString()).Should().NotContain(ActivityTypes.Typing);
        _bot.Received.Should().Contain(a => a.Type == ActivityTypes.Typing && a.Conversation!.Id == started.Id);
    }

    [Fact]
    public async Task Watermarks_and_timestamps_strictly_increase_and_polling_again_returns_nothing_new()
    {
        var started = await _directLine.StartAsync();
        foreach (var text in new[] { "un", "deux", "trois" })
            (await _directLine.PostMessageAsync(started.Id, started.Token, text)).EnsureSuccessStatusCode();
        var all = await _directLine.WaitForAsync(started.Id, started.Token, s => s.Texts.Contains("Écho : trois"));

        var timestamps = all.Activities.Select(a => a.GetProperty("timestamp").GetDateTimeOffset()).ToList();
        timestamps.Should().BeInAscendingOrder().And.OnlyHaveUniqueItems();
        all.Watermark.Should().Be(all.Activities.Count.ToString());

        var afterFirstTwo = await _directLine.GetActivitiesAsync(started.Id, started.Token, "2");
        afterFirstTwo.Activities.Should().HaveCount(all.Activities.Count - 2);
        afterFirstTwo.Activities[0].GetProperty("id").GetString().Should().Be(all.Activities[2].GetProperty("id").GetString());

        var nothingNew = await _directLine.GetActivitiesAsync(started.Id, started.Token, all.Watermark);
        nothingNew.Activities.Should().BeEmpty();
        nothingNew.Watermark.Should().Be(all.Watermark);
    }

    [Fact]
    public async Task Resume_returns_a_fresh_token_and_a_stream_url_carrying_the_watermark()
    {
        var started = await _directLine.StartAsync();

        using var resumed = await _directLine.SendAsync(HttpMethod.Get, $"v3/directline/conversations/{started.Id}?watermark=3", started.Token, null);

        resumed.StatusCode.Should().Be(HttpStatusCode.OK);
        var body = await resumed.Content.ReadFromJsonAsync<JsonElement>();
        body.GetProperty("conversationId").GetString().Should().Be(started.Id);
        body.GetProperty("streamUrl").GetString().Should().StartWith("ws://").And.EndWith("&watermark=3");
        var token = body.GetProperty("token").GetString()!;
        (await _directLine.GetActivitiesAsync(started.Id, token)).Activities.Should().NotBeNull();
    }

    [Fact]
    public async Task Behind_the_https_reverse_proxy_the_stream_url_is_wss()
    {
        await using var host = await RunningHost.StartAsync(_bot, new Dictionary<string, string?> { ["InfoSociale:TrustedProxies:0"] = "127.0.0.1" });
        using var request = new HttpRequestMessage(HttpMethod.Post, "v3/directline/conversations");
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", host.Secret);
        request.Headers.Add("X-Forwarded-Proto", "https");

        using var response = await host.Http.SendAsync(request);

        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        body.GetProperty("streamUrl").GetString().Should().StartWith($"wss://{host.BaseAddress.Authority}/v3/directline/conversations/");
    }

    [Fact]
    public async Task X_forwarded_proto_from_an_address_not_listed_as_proxy_is_ignored()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "v3/directline/conversations");
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", _host.Secret);
        request.Headers.Add("X-Forwarded-Proto", "https");

        using var response = await _host.Http.SendAsync(request);

        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        body.GetProperty("streamUrl").GetString().Should().StartWith("ws://");
    }

    [Fact]
    public async Task An_unknown_conversation_is_404()
    {
        using var response = await _directLine.SendAsync(HttpMethod.Get, "v3/directline/conversations/nope", _host.Secret, null);

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await DirectLineCalls.ReadErrorAsync(response)).Code.Should().Be("NotFound");
    }

    [Fact]
    public async Task After_endOfConversation_posts_are_refused_with_409_but_the_transcript_stays_readable()
    {
        var started = await _directLine.StartAsync();
        (await _directLine.PostMessageAsync(started.Id, started.Token, "bonjour")).EnsureSuccessStatusCode();
        (await _directLine.PostAsync(started.Id, started.Token, """{"type":"endOfConversation","from":{"id":"user-1"}}""")).EnsureSuccessStatusCode();

        using var message = await _directLine.PostMessageAsync(started.Id, started.Token, "encore là ?");
        using var refresh = await _directLine.SendAsync(HttpMethod.Post, "v3/directline/tokens/refresh", started.Token, null);

        foreach (var refused in new[] { message, refresh })
        {
            refused.StatusCode.Should().Be(HttpStatusCode.Conflict);
            (await DirectLineCalls.ReadErrorAsync(refused)).Should().Be(new DirectLineErrorShape("ConversationEnded",
                "This conversation has ended (endOfConversation); start a new conversation."));
        }
        var transcript = await _directLine.GetActivitiesAsync(started.Id, started.Token);
        transcript.Activities.Select(a => a.GetProperty("type").GetString()).Should().Contain("endOfConversation");
        transcript.Texts.Should().Contain("bonjour").And.NotContain("encore là ?");
        _bot.Received.Should().Contain(a => a.Type == ActivityTypes.EndOfConversation && a.Conversation!.Id == started.Id);
    }

    [Fact]
    public async Task A_conversation_the_bot_ended_stays_ended_after_a_restart()
    {
        var dataDirectory = Directory.CreateTempSubdirectory("infosociale-ended-").FullName;
        try
        {
            StartedConversation started;
            await using (var first = await RunningHost.StartAsync(new EchoBot(), dataDirectory: dataDirectory))
            {
                var calls = new DirectLineCalls(first);
                started = await calls.StartAsync();
                (await calls.PostMessageAsync(started.Id, started.Token, EchoBot.EndCommand)).EnsureSuccessStatusCode();
                await calls.WaitForAsync(started.Id, started.Token, s => s.Activities.Any(a => a.GetProperty("type").GetString() == "endOfConversation"));
            }
            await using var second = await RunningHost.StartAsync(new EchoBot(), dataDirectory: dataDirectory);

            using var refused = await new DirectLineCalls(second).PostMessageAsync(started.Id, started.Token, "après");

            refused.StatusCode.Should().Be(HttpStatusCode.Conflict);
        }
        finally
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
    }

    [Fact]
    public async Task A_conversation_survives_a_restart_of_the_server()
    {
        var dataDirectory = Directory.CreateTempSubdirectory("infosociale-restart-").FullName;
        try
        {
            StartedConversation started;
            string watermark;
            await using (var first = await RunningHost.StartAsync(new EchoBot(), dataDirectory: dataDirectory))
            {
                var calls = new DirectLineCalls(first);
                started = await calls.StartAsync();
                (await calls.PostMessageAsync(started.Id, started.Token, "avant")).EnsureSuccessStatusCode();
                watermark = (await calls.WaitForAsync(started.Id, started.Token, s => s.Texts.Contains("Écho : avant"))).Watermark!;
            }
            await using var second = await RunningHost.StartAsync(new EchoBot(), dataDirectory: dataDirectory);
            var again = new DirectLineCalls(second);

            (await again.GetActivitiesAsync(started.Id, started.Token)).Texts.Should().Contain("Écho : avant");
            (await again.PostMessageAsync(started.Id, started.Token, "après")).EnsureSuccessStatusCode();
            var after = await again.WaitForAsync(started.Id, started.Token, s => s.Texts.Contains("Écho : après"));
            long.Parse(after.Watermark!).Should().BeGreaterThan(long.Parse(watermark));
            after.Activities.Select(a => a.GetProperty("timestamp").GetDateTimeOffset()).Should().BeInAscendingOrder();
        }
        finally
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
    }
}
