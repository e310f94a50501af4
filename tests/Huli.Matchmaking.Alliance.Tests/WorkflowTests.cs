using System.Net;
using System.Text.Json.Nodes;
using Huli.Matchmaking.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Huli.Matchmaking.Alliance.Tests;

public sealed class WorkflowTests : IAsyncLifetime
{
    private readonly AllianceHostFactory host = new();

    public Task InitializeAsync() => host.Services.BusReadyAsync();

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task A_pairing_walks_from_proposal_to_contract_and_each_step_is_recorded_and_published()
    {
        var id = await host.OnePairingAsync();
        var proposed = await host.GetAsync("coordinator", $"/api/alliance/pairings/{id}");
        Assert.Equal("proposed", proposed["status"]!.GetValue<string>());
        Assert.Equal(["confirmed", "rejected", "closed"], Names(proposed["allowedMoves"]!));

        var confirmed = await host.PostAsync("coordinator", $"/api/alliance/pairings/{id}/confirm", new { expectedVersion = 0, notes = "技术路线吻合" });
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        var version = (await AllianceHostFactory.ReadNodeAsync(confirmed))["version"]!.GetValue<int>();

        string[] path = ["contacted", "ndaSigned", "visit", "negotiating"];
        foreach (var to in path)
        {
            host.Clock.Advance(TimeSpan.FromDays(1));
            version = (await host.StepAsync(id, new { to, expectedVersion = version, notes = $"到{to}" }))["version"]!.GetValue<int>();
        }

        host.Clock.Advance(TimeSpan.FromDays(1));
        var signed = await host.StepAsync(id, new { to = "contractSigned", expectedVersion = version, contract = new { amount = 120.5m, type = "licensing" } }, "second-coordinator");
        Assert.Equal(120.5m, signed["contract"]!["amount"]!.GetValue<decimal>());
        Assert.Equal("licensing", signed["contract"]!["type"]!.GetValue<string>());
        Assert.Equal(["closed"], Names(signed["allowedMoves"]!));

        var closed = await host.StepAsync(id, new { to = "closed", expectedVersion = signed["version"]!.GetValue<int>(), reason = "合同履行完毕" });
        Assert.Equal("closed", closed["status"]!.GetValue<string>());
        Assert.Equal("合同履行完毕", closed["closeReason"]!.GetValue<string>());
        Assert.Empty(closed["allowedMoves"]!.AsArray());

        var steps = closed["steps"]!.AsArray();
        Assert.Equal(["confirmed", "contacted", "ndaSigned", "visit", "negotiating", "contractSigned", "closed"], steps.Select(s => s!["to"]!.GetValue<string>()));
        Assert.Equal(["proposed", "confirmed", "contacted", "ndaSigned", "visit", "negotiating", "contractSigned"], steps.Select(s => s!["from"]!.GetValue<string>()));
        Assert.Equal("技术路线吻合", steps[0]!["notes"]!.GetValue<string>());
        Assert.Equal("coord.two", steps[5]!["by"]!.GetValue<string>());
        Assert.Equal(AllianceHostFactory.Start.AddDays(5), steps[5]!["at"]!.GetValue<DateTimeOffset>());
        Assert.Equal(7, closed["version"]!.GetValue<int>());

        Assert.True(await host.Harness.EventuallyPublished<PairingConfirmed>(m => m.PairingId == id && m.Institute == AllianceHostFactory.Institute));
        Assert.True(await host.Harness.EventuallyPublished<PairingAdvanced>(m =>
            m.PairingId == id && m.From == PairingStatus.Negotiating && m.To == PairingStatus.ContractSigned && m.By == "coord.two"
            && m.Enterprise == AllianceHostFactory.Enterprise && m.Institute == AllianceHostFactory.Institute));
        Assert.Equal(7, await host.InScopeAsync(db => db.Steps.CountAsync(s => s.PairingId == id)));
    }

    [Fact]
    public async Task A_move_the_workflow_does_not_allow_is_refused_naming_the_state_and_the_allowed_moves()
    {
        var id = await host.OnePairingAsync();

        var skip = await host.PostAsync("coordinator", $"/api/alliance/pairings/{id}/steps", new { to = "contractSigned", expectedVersion = 0, contract = new { amount = 10, type = "transfer" } });

        Assert.Equal(HttpStatusCode.Conflict, skip.StatusCode);
        var detail = (await AllianceHostFactory.ReadNodeAsync(skip))["detail"]!.GetValue<string>();
        Assert.Contains("proposed", detail);
        Assert.Contains("confirmed, rejected, closed", detail);
        Assert.Equal("proposed", (await host.GetAsync("coordinator", $"/api/alliance/pairings/{id}"))["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_closed_pairing_moves_no_more_and_a_late_caller_is_told_who_closed_it_and_why()
    {
        var id = await host.OnePairingAsync();
        await host.StepAsync(id, new { to = "closed", expectedVersion = 0, reason = "企业已自行解决" });

        var again = await host.PostAsync("second-coordinator", $"/api/alliance/pairings/{id}/confirm", null);

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        var detail = (await AllianceHostFactory.ReadNodeAsync(again))["detail"]!.GetValue<string>();
        Assert.Contains("coord.user moved it from proposed to closed", detail);
        Assert.Contains("企业已自行解决", detail);
        Assert.Contains("none, it is final", detail);
    }

    [Fact]
    public async Task A_stale_version_is_refused_saying_who_moved_the_pairing_to_what()
    {
        var id = await host.OnePairingAsync();
        await host.StepAsync(id, new { to = "confirmed", expectedVersion = 0, notes = "先确认" }, "second-coordinator");

        var stale = await host.PostAsync("coordinator", $"/api/alliance/pairings/{id}/reject", new { reason = "不合适", expectedVersion = 0 });

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var detail = (await AllianceHostFactory.ReadNodeAsync(stale))["detail"]!.GetValue<string>();
        Assert.Contains("coord.two moved it from proposed to confirmed", detail);
        Assert.Contains("version 1", detail);
        Assert.Equal("confirmed", (await host.GetAsync("coordinator", $"/api/alliance/pairings/{id}"))["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Of_two_coordinators_moving_the_same_pairing_at_once_one_wins_and_the_other_is_told_who_did()
    {
        var id = await host.OnePairingAsync();

        var answers = await Task.WhenAll(
            host.PostAsync("coordinator", $"/api/alliance/pairings/{id}/steps", new { to = "confirmed", expectedVersion = 0 }),
            host.PostAsync("second-coordinator", $"/api/alliance/pairings/{id}/steps", new { to = "rejected", expectedVersion = 0, reason = "预算不足" }));

        var winner = Assert.Single(answers, a => a.StatusCode == HttpStatusCode.OK);
        var loser = Assert.Single(answers, a => a.StatusCode == HttpStatusCode.Conflict);
        var won = await AllianceHostFactory.ReadNodeAsync(winner);
        var detail = (await AllianceHostFactory.ReadNodeAsync(loser))["detail"]!.GetValue<string>();
        var step = won["steps"]!.AsArray().Single()!;
        Assert.Contains($"{step["by"]!.GetValue<string>()} moved it from proposed to {step["to"]!.GetValue<string>()}", detail);
        Assert.Equal(1, await host.InScopeAsync(db => db.Steps.CountAsync(s => s.PairingId == id)));
    }

    [Fact]
    public async Task Bad_fields_of_a_step_are_refused_with_field_errors()
    {
        var id = await host.OnePairingAsync();
        var url = $"/api/alliance/pairings/{id}/steps";

        var noContract = await host.PostAsync("coordinator", url, new { to = "contractSigned", expectedVersion = 0 });
        var badContract = await host.PostAsync("coordinator", url, new { to = "contractSigned", expectedVersion = 0, contract = new { amount = -5, type = (string?)null } });
        var noReason = await host.PostAsync("coordinator", url, new { to = "closed", expectedVersion = 0 });
        var noVersion = await host.PostAsync("coordinator", url, new { to = "confirmed" });
        var unknownState = await host.PostAsync("coordinator", url, new { to = "signedInBlood", expectedVersion = 0 });
        var fineAmount = await host.PostAsync("coordinator", url, new { to = "contractSigned", expectedVersion = 0, contract = new { amount = 12.345m, type = "transfer" } });
        var unknownField = await host.ClientFor("coordinator").GetAsync("/api/alliance/pairings?field=basket-weaving");

        await AssertFieldErrorAsync(noContract, "contract");
        await AssertFieldErrorAsync(badContract, "contract.amount");
        await AssertFieldErrorAsync(badContract, "contract.type");
        await AssertFieldErrorAsync(noReason, "reason");
        await AssertFieldErrorAsync(noVersion, "expectedVersion");
        await AssertFieldErrorAsync(unknownState, "to");
        await AssertFieldErrorAsync(fineAmount, "contract.amount");
        await AssertFieldErrorAsync(unknownField, "field");
        Assert.Equal(0, await host.InScopeAsync(db => db.Steps.CountAsync(s => s.PairingId == id)));
    }

    [Fact]
    public async Task Only_coordinators_move_pairings()
    {
        var id = await host.OnePairingAsync();

        var byEnterprise = await host.PostAsync("enterprise", $"/api/alliance/pairings/{id}/steps", new { to = "confirmed", expectedVersion = 0 });
        var byInstitute = await host.PostAsync("institute", $"/api/alliance/pairings/{id}/confirm", null);

        Assert.Equal(HttpStatusCode.Forbidden, byEnterprise.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byInstitute.StatusCode);
    }

    [Fact]
    public async Task The_board_counts_pairings_by_state_and_the_list_filters_them()
    {
        var needId = Guid.NewGuid();
        await host.PublishNeedAsync(needId, "锂电池极片毛刺检测", NeedConfidentiality.Public);
        var ids = await host.RankAsync(needId, "锂电池极片毛刺检测", AllianceHostFactory.Enterprise, AllianceHostFactory.Institute, AllianceHostFactory.OtherInstitute, AllianceHostFactory.Institute);
        await host.StepAsync(ids[0], new { to = "confirmed", expectedVersion = 0 });
        await host.StepAsync(ids[1], new { to = "rejected", expectedVersion = 0, reason = "方向不符" });

        var board = await host.GetAsync("coordinator", "/api/alliance/board");
        var columns = board["columns"]!.AsArray().ToDictionary(c => c!["state"]!.GetValue<string>(), c => c!);
        Assert.Equal(9, columns.Count);
        Assert.Equal(1, columns["confirmed"]["count"]!.GetValue<int>());
        Assert.Equal(1, columns["rejected"]["count"]!.GetValue<int>());
        Assert.Equal(1, columns["proposed"]["count"]!.GetValue<int>());
        Assert.Equal(ids[2], columns["proposed"]["pairings"]![0]!["id"]!.GetValue<Guid>());

        var ofInstitute = await host.GetAsync("coordinator", $"/api/alliance/pairings?institute={Uri.EscapeDataString(AllianceHostFactory.Institute)}&field=smart-equipment");
        Assert.Equal([ids[0], ids[2]], ofInstitute["pairings"]!.AsArray().Select(p => p!["id"]!.GetValue<Guid>()));
        var confirmed = await host.GetAsync("coordinator", $"/api/alliance/pairings?status=confirmed&enterprise={Uri.EscapeDataString(AllianceHostFactory.Enterprise)}");
        Assert.Equal(ids[0], Assert.Single(confirmed["pairings"]!.AsArray())!["id"]!.GetValue<Guid>());
        Assert.Equal(0, (await host.GetAsync("coordinator", "/api/alliance/pairings?flagged=true"))["total"]!.GetValue<int>());
        var otherField = await host.GetAsync("coordinator", "/api/alliance/pairings?field=new-energy");
        Assert.Equal(0, otherField["total"]!.GetValue<int>());
    }

    private static List<string> Names(JsonNode array) => [.. array.AsArray().Select(n => n!.GetValue<string>())];

    private static async Task AssertFieldErrorAsync(HttpResponseMessage response, string field)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await AllianceHostFactory.ReadNodeAsync(response))["errors"]!.AsObject();
        Assert.True(errors.ContainsKey(field), $"no error for {field}: {errors.ToJsonString()}");
    }
}
