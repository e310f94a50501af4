using System.Text.Json.Nodes;
using Huli.Matchmaking.Alliance.Features.Workflow.Stale;
using Huli.Matchmaking.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using AllianceMediator = Huli.Matchmaking.Alliance.Mediation.Mediator;

namespace Huli.Matchmaking.Alliance.Tests;

/// <summary>Pairings decided before the workflow existed, as an upgraded database holds them: no state time,
/// no confirmation time, only the decision.</summary>
public sealed class OlderPairingTests : IAsyncLifetime
{
    private readonly AllianceHostFactory host = new();

    public Task InitializeAsync() => host.Services.BusReadyAsync();

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task A_pairing_confirmed_before_the_workflow_is_timed_from_its_decision_and_keeps_its_release_as_it_moves_on()
    {
        var id = await host.OnePairingAsync("模具热变形补偿（保密）", NeedConfidentiality.Sealed);
        var decidedAt = AllianceHostFactory.Start.AddDays(3);
        await host.InScopeAsync(async db =>
        {
            var pairing = await db.Pairings.SingleAsync(p => p.Id == id);
            pairing.Status = PairingStatus.Confirmed;
            pairing.DecidedBy = "coord.user";
            pairing.DecidedAt = decidedAt;
            pairing.StateSince = null;
            pairing.ConfirmedAt = null;
            pairing.Version = 1;
            return await db.SaveChangesAsync();
        });

        Assert.False((await InstituteMatchAsync(id))["sealed"]!.GetValue<bool>());
        host.Clock.SetUtcNow(decidedAt.AddDays(7) - TimeSpan.FromMinutes(1));
        await SweepAsync();
        var waiting = await host.GetAsync("coordinator", $"/api/alliance/pairings/{id}");
        Assert.Equal(decidedAt, waiting["stateSince"]!.GetValue<DateTimeOffset>());
        Assert.False(waiting["flagged"]!.GetValue<bool>());

        await host.StepAsync(id, new { to = "contacted", expectedVersion = 1 });

        Assert.False((await InstituteMatchAsync(id))["sealed"]!.GetValue<bool>());
        Assert.Equal(decidedAt, await host.InScopeAsync(db => db.Pairings.Where(p => p.Id == id).Select(p => p.ConfirmedAt).SingleAsync()));
    }

    private async Task<JsonNode> InstituteMatchAsync(Guid id) =>
        (await host.GetAsync("institute", "/api/alliance/institute/matches"))["matches"]!.AsArray().Single(m => m!["pairingId"]!.GetValue<Guid>() == id)!;

    private async Task SweepAsync()
    {
        await using var scope = host.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AllianceMediator>().Send(new FlagStalePairings());
    }
}
