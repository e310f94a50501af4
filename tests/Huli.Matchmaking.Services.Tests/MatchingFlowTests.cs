using System.Net;
using System.Text.Json.Nodes;
using Huli.Matchmaking.Contracts;
using Huli.Matchmaking.Matcher.Data;
using MassTransit;
using MassTransit.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Huli.Matchmaking.Services.Tests;

public sealed class MatchingFlowTests : IAsyncLifetime
{
    private readonly EmbeddedHostFactory host = new();
    private ITestHarness harness = null!;

    public Task InitializeAsync()
    {
        harness = host.Services.GetTestHarness();
        return host.Services.BusReadyAsync();
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task A_posted_need_ranks_the_matching_result_first_and_a_coordinator_confirms_it()
    {
        var institute = host.ClientFor("institute");
        var visionId = await institute.CreateAsync("/api/results", Samples.MachineVisionResult());
        var batteryId = await institute.CreateAsync("/api/results", Samples.BatteryResult());
        var mouldingId = await institute.CreateAsync("/api/results", Samples.MouldingProcessResult());
        await MatcherHasAsync(visionId, batteryId, mouldingId);

        var needId = await host.ClientFor("enterprise").CreateAsync("/api/needs", Samples.ScratchInspectionNeed());
        Assert.True(await harness.EventuallyPublished<NeedPublished>(m => m.NeedId == needId));

        var coordinator = host.ClientFor("coordinator");
        var top = await TopPairingAsync(coordinator, needId, visionId);
        Assert.Contains("划痕", top["matchedTerms"]!.AsArray().Select(t => t!.GetValue<string>()));
        // The need may be ranked before the results' batch reaches the Matcher, then again once it has.
        Assert.True(await harness.EventuallyPublished<PairingsRanked>(m => m.NeedId == needId && m.Results.Count > 0 && m.Results[0].ResultId == visionId));

        var pairingId = top["id"]!.GetValue<Guid>();
        var confirmed = await coordinator.PostAsync($"/api/alliance/pairings/{pairingId}/confirm", null);
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.Equal("confirmed", (await confirmed.ReadNodeAsync())["status"]!.GetValue<string>());
        Assert.True(await harness.EventuallyPublished<PairingConfirmed>(m => m.PairingId == pairingId));

        // The decision reaches the Matcher as a labelled example for retraining.
        await Eventually.TrueAsync(async () =>
        {
            await using var scope = host.Services.CreateAsyncScope();
            var matcher = scope.ServiceProvider.GetRequiredService<MatcherDbContext>();
            return await matcher.Decisions.AnyAsync(d => d.NeedId == needId && d.ResultId == visionId && d.Confirmed);
        }, "the Matcher to store the confirmation as a labelled example");
        Assert.False(await harness.Published.Any<Fault>());
    }

    [Fact]
    public async Task Confirming_a_rejected_pairing_is_refused()
    {
        await MatcherHasAsync(await host.ClientFor("institute").CreateAsync("/api/results", Samples.MachineVisionResult()));
        var needId = await host.ClientFor("enterprise").CreateAsync("/api/needs", Samples.ScratchInspectionNeed());
        var coordinator = host.ClientFor("coordinator");
        var pairing = await Eventually.GetAsync(async () => await FirstPairingAsync(coordinator, needId), "a pairing");
        var pairingId = pairing["id"]!.GetValue<Guid>();

        var noReason = await coordinator.PostJsonAsync($"/api/alliance/pairings/{pairingId}/reject", new { reason = " " });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.NotNull((await noReason.ReadNodeAsync())["errors"]!["reason"]);

        var rejected = await coordinator.PostJsonAsync($"/api/alliance/pairings/{pairingId}/reject", new { reason = "预算与报价差距过大" });
        Assert.Equal(HttpStatusCode.OK, rejected.StatusCode);
        Assert.True(await harness.EventuallyPublished<PairingRejected>(m => m.PairingId == pairingId));

        var confirm = await coordinator.PostAsync($"/api/alliance/pairings/{pairingId}/confirm", null);
        Assert.Equal(HttpStatusCode.Conflict, confirm.StatusCode);
        Assert.Equal("application/problem+json", confirm.Content.Headers.ContentType?.MediaType);
        Assert.False(await harness.Published.Any<PairingConfirmed>(m => m.Context.Message.PairingId == pairingId));
    }

    [Fact]
    public async Task Two_coordinators_deciding_the_same_pairing_at_once_cannot_both_win()
    {
        await MatcherHasAsync(await host.ClientFor("institute").CreateAsync("/api/results", Samples.MachineVisionResult()));
        var needId = await host.ClientFor("enterprise").CreateAsync("/api/needs", Samples.ScratchInspectionNeed());
        var pairing = await Eventually.GetAsync(async () => await FirstPairingAsync(host.ClientFor("coordinator"), needId), "a pairing");
        var pairingId = pairing["id"]!.GetValue<Guid>();

        var answers = await Task.WhenAll(
            host.ClientFor("coordinator").PostAsync($"/api/alliance/pairings/{pairingId}/confirm", null),
            host.ClientFor("coordinator").PostJsonAsync($"/api/alliance/pairings/{pairingId}/reject", new { reason = "技术路线不符" }));

        Assert.Single(answers, a => a.StatusCode == HttpStatusCode.OK);
        var loser = Assert.Single(answers, a => a.StatusCode == HttpStatusCode.Conflict);
        Assert.Equal("application/problem+json", loser.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_sealed_need_reaches_the_matched_institute_only_when_a_coordinator_confirms_the_pairing()
    {
        var institute = host.ClientFor("institute");
        await MatcherHasAsync(await institute.CreateAsync("/api/results", Samples.MachineVisionResult()));
        var needId = await host.ClientFor("enterprise").CreateAsync("/api/needs", Samples.ScratchInspectionNeed("sealed"));
        var coordinator = host.ClientFor("coordinator");
        var pairing = await Eventually.GetAsync(async () => await FirstPairingAsync(coordinator, needId), "a pairing");
        Assert.True(await harness.EventuallyConsumed<NeedPublished>(m => m.NeedId == needId));
        Assert.Equal(HttpStatusCode.NotFound, (await institute.GetAsync($"/api/needs/{needId}")).StatusCode);
        var before = (await (await institute.GetAsync("/api/alliance/institute/matches")).ReadNodeAsync())["matches"]!.AsArray().Single()!;
        Assert.True(before["sealed"]!.GetValue<bool>());

        var confirmed = await coordinator.PostAsync($"/api/alliance/pairings/{pairing["id"]!.GetValue<Guid>()}/confirm", null);
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);

        // The Needs service records the release when PairingConfirmed reaches it; the institute then reads the need.
        await Eventually.TrueAsync(async () => (await institute.GetAsync($"/api/needs/{needId}")).StatusCode == HttpStatusCode.OK, "the release");
        var need = await (await institute.GetAsync($"/api/needs/{needId}")).ReadNodeAsync();
        Assert.Contains("划痕", need["description"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NotFound, (await host.ClientFor("other-enterprise").GetAsync($"/api/needs/{needId}")).StatusCode);
        Assert.False(await harness.Published.Any<Fault>());
    }

    [Fact]
    public async Task A_withdrawn_result_leaves_the_needs_ranking()
    {
        var institute = host.ClientFor("institute");
        var visionId = await institute.CreateAsync("/api/results", Samples.MachineVisionResult());
        var mouldingId = await institute.CreateAsync("/api/results", Samples.MouldingProcessResult());
        var needId = await host.ClientFor("enterprise").CreateAsync("/api/needs", Samples.ScratchInspectionNeed());
        var coordinator = host.ClientFor("coordinator");
        await RankingAsync(coordinator, needId, r => r.Contains(visionId) && r.Contains(mouldingId));

        var withdrawn = await institute.DeleteAsync($"/api/results/{visionId}");
        Assert.Equal(HttpStatusCode.OK, withdrawn.StatusCode);

        var ranking = await RankingAsync(coordinator, needId, r => !r.Contains(visionId));
        Assert.Equal(mouldingId, ranking[0]);
        Assert.True(await harness.EventuallyPublished<ResultWithdrawn>(m => m.ResultId == visionId));
    }

    [Fact]
    public async Task Sending_the_same_external_id_again_changes_nothing()
    {
        var institute = host.ClientFor("institute");
        var first = await institute.PostJsonAsync("/api/results", Samples.MachineVisionResult("lab-2026-017"));
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var again = await institute.PostJsonAsync("/api/results", Samples.MachineVisionResult("lab-2026-017"));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);

        var a = await first.ReadNodeAsync();
        var b = await again.ReadNodeAsync();
        Assert.Equal(a["id"]!.GetValue<Guid>(), b["id"]!.GetValue<Guid>());
        Assert.Equal(1, b["version"]!.GetValue<int>());
        var id = a["id"]!.GetValue<Guid>();
        Assert.True(await harness.EventuallyPublished<ResultPublished>(m => m.ResultId == id));
        Assert.Equal(1, await harness.Published.SelectAsync<ResultPublished>(m => m.Context.Message.ResultId == id).Count());
    }

    /// <summary>Waits until the Matcher has taken the results in. It takes them in batches, so a need posted
    /// sooner may be ranked first without them and again with them, and a coordinator deciding a pairing while
    /// its ranking is rewritten loses to the rewrite (409): a different flow from the one these tests follow.</summary>
    private async Task MatcherHasAsync(params Guid[] resultIds)
    {
        foreach (var id in resultIds)
        {
            Assert.True(await harness.EventuallyConsumed<ResultPublished>(m => m.ResultId == id));
        }
    }

    private static async Task<JsonNode> TopPairingAsync(HttpClient coordinator, Guid needId, Guid resultId) =>
        await Eventually.GetAsync(async () =>
        {
            var first = await FirstPairingAsync(coordinator, needId);
            return first?["resultId"]!.GetValue<Guid>() == resultId ? first : null;
        }, "the expected result at the top of the need's pairings");

    private static async Task<JsonNode?> FirstPairingAsync(HttpClient coordinator, Guid needId)
    {
        var page = await (await coordinator.GetAsync($"/api/alliance/pairings?needId={needId}")).ReadNodeAsync();
        return page["pairings"]!.AsArray().FirstOrDefault();
    }

    private static async Task<List<Guid>> RankingAsync(HttpClient coordinator, Guid needId, Func<List<Guid>, bool> until) =>
        await Eventually.GetAsync(async () =>
        {
            var response = await coordinator.GetAsync($"/api/matcher/needs/{needId}/ranking");
            if (response.StatusCode != HttpStatusCode.OK)
            {
                return null;
            }

            var ids = (await response.ReadNodeAsync())["results"]!.AsArray().Select(r => r!["resultId"]!.GetValue<Guid>()).ToList();
            return until(ids) ? ids : null;
        }, "the need's ranking to change");
}
