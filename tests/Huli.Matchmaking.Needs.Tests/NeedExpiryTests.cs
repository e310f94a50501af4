using System.Net;
using System.Text.Json.Nodes;
using Huli.Matchmaking.Contracts;
using Huli.Matchmaking.Needs.Domain;
using Huli.Matchmaking.Needs.Features.Expiry;
using Microsoft.EntityFrameworkCore;

namespace Huli.Matchmaking.Needs.Tests;

public sealed class NeedExpiryTests : IAsyncLifetime
{
    private readonly NeedsHostFactory host = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task The_sweep_expires_a_need_once_its_deadline_day_is_over_publishes_NeedClosed_once_and_search_stops_listing_it_as_open()
    {
        var lapsing = await PostAsync("注塑模具随形冷却水路设计", deadline: "2026-03-03");
        var lasting = await PostAsync("注塑模具热流道温控改进", deadline: "2026-12-31");
        var open = await SearchOpenAsync();
        Assert.Contains(lapsing, open);
        Assert.Contains(lasting, open);

        // 23:59 in Xiamen on the deadline day: still open. The sweep runs each interval; nothing lapses yet.
        host.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 3, 15, 59, 0, TimeSpan.Zero));
        Assert.Equal(0, await host.InScopeAsync((mediator, _) => mediator.Send(new ExpireNeeds()).AsTask()));

        // Then the day is over in Xiamen; the background sweep, woken by its interval, expires the need.
        host.Clock.Advance(TimeSpan.FromMinutes(2));
        await Eventually.TrueAsync(async () =>
        {
            host.Clock.Advance(NeedsHostFactory.SweepInterval);
            return await StatusAsync(lapsing) == "expired";
        }, "the background sweep to expire the need");

        Assert.Equal("open", await StatusAsync(lasting));
        Assert.True(await host.Harness.EventuallyPublished<NeedClosed>(m => m.NeedId == lapsing && m.Reason == NeedClosure.Expired));
        var expired = await host.InScopeAsync((_, db) => db.Needs.AsNoTracking().SingleAsync(n => n.Id == lapsing));
        Assert.Equal(2, expired.Version);
        await Eventually.TrueAsync(async () => !(await SearchOpenAsync()).Contains(lapsing), "search to drop the expired need");
        Assert.Contains(lasting, await SearchOpenAsync());

        Assert.Equal(0, await host.InScopeAsync((mediator, _) => mediator.Send(new ExpireNeeds()).AsTask()));
        Assert.Equal(2, (await host.InScopeAsync((_, db) => db.Needs.AsNoTracking().SingleAsync(n => n.Id == lapsing))).Version);
        Assert.Equal(1, await host.InScopeAsync((_, db) => db.Outbox.CountAsync(m => m.MessageType.Contains(nameof(NeedClosed)))));
        await Eventually.TrueAsync(
            async () => await host.InScopeAsync((_, db) => db.Outbox.AllAsync(m => m.PublishedAt != null)), "the outbox to be published");
        Assert.Single(host.Harness.Published.Select<NeedClosed>(m => m.Context.Message.NeedId == lapsing));
    }

    [Fact]
    public async Task A_service_that_was_down_over_a_deadline_expires_the_need_when_it_starts()
    {
        var dataPath = Path.Combine(Path.GetTempPath(), "huli-tests", Guid.NewGuid().ToString("N"));
        try
        {
            Guid lapsing;
            await using (var beforeStop = new NeedsHostFactory(dataPath))
            {
                lapsing = await PostAsync(beforeStop, "钨钢刀具涂层剥落分析", deadline: "2026-03-05");
            }

            // Back four days later, between two sweeps' intervals: only the sweep at start can catch it.
            await using var restarted = new NeedsHostFactory(dataPath, now: new DateTimeOffset(2026, 3, 9, 1, 0, 0, TimeSpan.Zero));
            await Eventually.TrueAsync(
                async () => (await restarted.GetAsync("enterprise", $"/api/needs/{lapsing}"))["status"]!.GetValue<string>() == "expired",
                "the sweep at start to expire the need");

            Assert.True(await restarted.Harness.EventuallyPublished<NeedClosed>(m => m.NeedId == lapsing && m.Reason == NeedClosure.Expired));
        }
        finally
        {
            TemporaryFolder.TryDelete(dataPath);
        }
    }

    [Fact]
    public async Task A_need_in_progress_expires_too_but_a_closed_one_stays_closed()
    {
        var inProgress = await PostAsync("陶瓷釉料配方数字化", deadline: "2026-03-02");
        var closed = await PostAsync("卫浴五金电镀废水回用", deadline: "2026-03-02");
        await host.InScopeAsync(async (_, db) =>
        {
            var need = await db.Needs.SingleAsync(n => n.Id == inProgress);
            need.Status = NeedStatus.InProgress;
            return await db.SaveChangesAsync();
        });
        Assert.Equal(HttpStatusCode.OK, (await host.ClientFor("enterprise").PostAsync($"/api/needs/{closed}/close", null)).StatusCode);
        host.Clock.Advance(TimeSpan.FromDays(1));

        await host.InScopeAsync((mediator, _) => mediator.Send(new ExpireNeeds()).AsTask());

        Assert.Equal("expired", await StatusAsync(inProgress));
        Assert.Equal("closed", await StatusAsync(closed));
        Assert.True(await host.Harness.EventuallyPublished<NeedClosed>(m => m.NeedId == closed && m.Reason == NeedClosure.Closed));
    }

    [Fact]
    public async Task Posting_a_need_whose_deadline_has_passed_is_refused_with_a_field_error()
    {
        var response = await host.PostNeedAsync("enterprise", Need("注塑件飞边自动去除", "2026-03-01"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await NeedsHostFactory.ReadNodeAsync(response);
        Assert.Contains("2026-03-01 has passed", problem["errors"]!["deadline"]![0]!.GetValue<string>());
    }

    private static object Need(string title, string deadline) => new
    {
        title,
        description = $"{title}：现有工艺依赖人工，效率低、一致性差，寻求可在产线落地的技术方案。",
        fields = new[] { "smart-equipment" },
        deadline,
    };

    private Task<Guid> PostAsync(string title, string deadline) => PostAsync(host, title, deadline);

    private static async Task<Guid> PostAsync(NeedsHostFactory service, string title, string deadline)
    {
        var response = await service.PostNeedAsync("enterprise", Need(title, deadline));
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await NeedsHostFactory.ReadNodeAsync(response))["id"]!.GetValue<Guid>();
    }

    private async Task<string> StatusAsync(Guid id) =>
        (await host.GetAsync("enterprise", $"/api/needs/{id}"))["status"]!.GetValue<string>();

    private async Task<List<Guid>> SearchOpenAsync()
    {
        var page = await host.GetAsync("other-enterprise", "/api/needs?status=open&pageSize=50");
        return page["hits"]!.AsArray().Select(h => h!["id"]!.GetValue<Guid>()).ToList();
    }
}
