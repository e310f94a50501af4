using Huli.Matchmaking.Alliance.Features.Review;
using Huli.Matchmaking.Contracts;
using Huli.Matchmaking.Needs.Features.Posting;
using Huli.Matchmaking.Results.Data;
using Huli.Matchmaking.Results.Features.Publishing;
using Huli.Matchmaking.ServiceDefaults.Outcomes;
using Huli.Matchmaking.ServiceDefaults.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using AllianceMediator = Huli.Matchmaking.Alliance.Mediation.Mediator;
using NeedsMediator = Huli.Matchmaking.Needs.Mediation.Mediator;
using ResultsMediator = Huli.Matchmaking.Results.Mediation.Mediator;

namespace Huli.Matchmaking.Services.Tests;

/// <summary>Handlers called through each service's own mediator, as seeders and importers call them.</summary>
public sealed class HandlerTests(EmbeddedHostFixture fixture) : IClassFixture<EmbeddedHostFixture>
{
    private static readonly Caller Institute = Caller.System("华侨大学制造工程研究院", Roles.Institute);
    private static readonly Caller OtherInstitute = Caller.System("集美大学轮机工程学院", Roles.Institute);

    private static ResultInput Servo(string? externalId = null, string title = "永磁同步伺服电机无传感器控制") =>
        new(title, "基于滑模观测器的永磁同步电机无位置传感器控制，低速转矩脉动降低40%。", ["伺服电机", "永磁同步电机"], ["smart-equipment"], 6, null, externalId);

    [Fact]
    public async Task Listing_a_changed_record_under_a_known_external_id_updates_it_and_publishes_a_new_version()
    {
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        var results = scope.ServiceProvider.GetRequiredService<ResultsMediator>();

        var first = await results.Send(new CreateResult(Servo("hqu-2026-03"), Institute));
        var changed = await results.Send(new CreateResult(Servo("hqu-2026-03", "永磁同步伺服电机无传感器矢量控制"), Institute));

        Assert.True(first.Value!.Created);
        Assert.False(changed.Value!.Created);
        Assert.Equal(first.Value.Result.Id, changed.Value.Result.Id);
        Assert.Equal(2, changed.Value.Result.Version);
        var db = scope.ServiceProvider.GetRequiredService<ResultsDbContext>();
        var events = await db.Outbox.Where(m => m.Body.Contains(first.Value.Result.Id.ToString())).CountAsync();
        Assert.Equal(2, events);
    }

    [Fact]
    public async Task An_institute_may_not_change_or_withdraw_another_institutes_result()
    {
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        var results = scope.ServiceProvider.GetRequiredService<ResultsMediator>();
        var id = (await results.Send(new CreateResult(Servo(), Institute))).Value!.Result.Id;

        Assert.Equal(OutcomeKind.Forbidden, (await results.Send(new UpdateResult(id, Servo(), OtherInstitute))).Kind);
        Assert.Equal(OutcomeKind.Forbidden, (await results.Send(new WithdrawResult(id, OtherInstitute))).Kind);
        Assert.Equal(OutcomeKind.Ok, (await results.Send(new WithdrawResult(id, Institute))).Kind);
        Assert.Equal(OutcomeKind.Conflict, (await results.Send(new UpdateResult(id, Servo(), Institute))).Kind);
    }

    [Fact]
    public async Task Closing_a_need_twice_publishes_one_closure()
    {
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        var needs = scope.ServiceProvider.GetRequiredService<NeedsMediator>();
        var owner = Caller.System("厦门宏发电声股份有限公司", Roles.Enterprise);
        var input = new NeedInput("继电器触点寿命提升", "寻求提高继电器触点电寿命的新材料或工艺，目标寿命提升一倍。", ["继电器", "触点材料"], ["electronic-information"], NeedConfidentiality.Public);
        var id = (await needs.Send(new PostNeed(input, owner))).Value!.Need.Id;

        var once = await needs.Send(new CloseNeed(id, owner));
        var twice = await needs.Send(new CloseNeed(id, owner));

        Assert.Equal(once.Value!.Version, twice.Value!.Version);
        Assert.Equal(Needs.Domain.NeedStatus.Closed, twice.Value.Status);
    }

    [Fact]
    public async Task Deciding_an_unknown_pairing_is_not_found()
    {
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        var alliance = scope.ServiceProvider.GetRequiredService<AllianceMediator>();

        var outcome = await alliance.Send(new DecidePairing(Guid.NewGuid(), Confirm: true, null, Caller.System("联盟秘书处", Roles.Coordinator)));

        Assert.Equal(OutcomeKind.NotFound, outcome.Kind);
    }
}
