using System.Text.Json.Nodes;
using Huli.Matchmaking.Alliance.Features.Workflow.Stale;
using Huli.Matchmaking.Contracts;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using AllianceMediator = Huli.Matchmaking.Alliance.Mediation.Mediator;

namespace Huli.Matchmaking.Alliance.Tests;

public sealed class StaleFlagTests : IAsyncLifetime
{
    private static readonly TimeSpan SweepInterval = TimeSpan.FromHours(1);

    private readonly AllianceHostFactory host = new(new Dictionary<string, string?>
    {
        ["Huli:Alliance:Stale:SweepInterval"] = SweepInterval.ToString(),
        ["Huli:Alliance:Stale:Contacted"] = "2.00:00:00",
    });

    public Task InitializeAsync() => host.Services.BusReadyAsync();

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task A_pairing_past_its_states_limit_is_flagged_once_by_the_periodic_sweep_and_moving_on_clears_the_flag()
    {
        var id = await host.OnePairingAsync("注塑件表面划痕视觉检测");
        var fresh = await host.OnePairingAsync("锂电池极片毛刺检测");

        // Seven days proposed is the default limit: at exactly seven nothing is stale yet.
        host.Clock.Advance(TimeSpan.FromDays(7) - TimeSpan.FromHours(2));
        await host.StepAsync(fresh, new { to = "confirmed", expectedVersion = 0 });
        host.Clock.Advance(TimeSpan.FromHours(2));
        Assert.Equal(0, await SweepAsync());

        host.Clock.Advance(TimeSpan.FromMinutes(1));
        await Eventually.TrueAsync(async () =>
        {
            host.Clock.Advance(SweepInterval);
            return (await PairingAsync(id))["flagged"]!.GetValue<bool>();
        }, "the background sweep to flag the pairing");

        Assert.False((await PairingAsync(fresh))["flagged"]!.GetValue<bool>());
        Assert.Equal(id, Assert.Single((await host.GetAsync("coordinator", "/api/alliance/pairings?flagged=true"))["pairings"]!.AsArray())!["id"]!.GetValue<Guid>());
        var entry = Assert.Single(await FlagEntriesAsync());
        Assert.Equal(id, entry["pairingId"]!.GetValue<Guid>());
        Assert.Equal("对接停滞：待审核超过7天", entry["titleZh"]!.GetValue<string>());
        Assert.Equal("Pairing stalled: proposed for over 7 days", entry["titleEn"]!.GetValue<string>());
        Assert.True(await host.Harness.EventuallyPublished<PairingFlagged>(m => m.PairingId == id && m.Status == PairingStatus.Proposed && m.Limit == TimeSpan.FromDays(7)));

        Assert.Equal(0, await SweepAsync());
        Assert.Single(await FlagEntriesAsync());
        Assert.Equal(1, await host.InScopeAsync(db => db.Outbox.CountAsync(m => m.MessageType.Contains(nameof(PairingFlagged)))));

        var moved = await host.StepAsync(id, new { to = "confirmed", expectedVersion = 0 });
        Assert.False(moved["flagged"]!.GetValue<bool>());
        Assert.Equal(0, (await host.GetAsync("coordinator", "/api/alliance/pairings?flagged=true"))["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_states_limit_comes_from_configuration()
    {
        var id = await host.OnePairingAsync();
        await host.StepAsync(id, new { to = "confirmed", expectedVersion = 0 });
        await host.StepAsync(id, new { to = "contacted", expectedVersion = 1 });

        host.Clock.Advance(TimeSpan.FromDays(2) - TimeSpan.FromMinutes(1));
        await SweepAsync();
        Assert.False((await PairingAsync(id))["flagged"]!.GetValue<bool>());

        // Advancing the clock wakes the background sweep too; whichever sweep comes first flags it.
        host.Clock.Advance(TimeSpan.FromMinutes(2));
        await SweepAsync();
        Assert.True((await PairingAsync(id))["flagged"]!.GetValue<bool>());
        Assert.Equal("对接停滞：已联系超过2天", Assert.Single(await FlagEntriesAsync())["titleZh"]!.GetValue<string>());
    }

    [Fact]
    public async Task Rejected_closed_and_dropped_proposed_pairings_are_never_flagged_a_ranked_one_is()
    {
        var needId = Guid.NewGuid();
        await host.PublishNeedAsync(needId, "陶瓷釉面缺陷检测", NeedConfidentiality.Public);
        var ids = await host.RankAsync(needId, "陶瓷釉面缺陷检测", AllianceHostFactory.Enterprise, AllianceHostFactory.Institute, AllianceHostFactory.OtherInstitute, AllianceHostFactory.Institute);
        await host.StepAsync(ids[0], new { to = "rejected", expectedVersion = 0, reason = "方向不符" });
        await host.StepAsync(ids[1], new { to = "closed", expectedVersion = 0, reason = "企业暂停" });
        var reranked = (await host.RankAsync(needId, "陶瓷釉面缺陷检测", AllianceHostFactory.Enterprise, AllianceHostFactory.OtherInstitute))[0];

        host.Clock.Advance(TimeSpan.FromDays(400));
        await SweepAsync();

        // Only the pairing in the need's current top list is still someone's work.
        Assert.Equal(reranked, Assert.Single(await FlagEntriesAsync())["pairingId"]!.GetValue<Guid>());
        Assert.False((await host.GetAsync("coordinator", $"/api/alliance/pairings/{ids[2]}"))["flagged"]!.GetValue<bool>());
    }

    private async Task<int> SweepAsync()
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AllianceMediator>().Send(new FlagStalePairings());
    }

    private Task<JsonNode> PairingAsync(Guid id) => host.GetAsync("coordinator", $"/api/alliance/pairings/{id}");

    private async Task<List<JsonNode>> FlagEntriesAsync() =>
        [.. (await host.GetAsync("coordinator", "/api/alliance/inbox"))["entries"]!.AsArray().Where(e => e!["kind"]!.GetValue<string>() == "pairingFlagged").Select(e => e!)];
}
