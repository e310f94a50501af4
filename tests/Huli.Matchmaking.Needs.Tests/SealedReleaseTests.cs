using System.Net;
using Huli.Matchmaking.Contracts;
using MassTransit;

namespace Huli.Matchmaking.Needs.Tests;

public sealed class SealedReleaseTests : IAsyncLifetime
{
    private readonly NeedsHostFactory host = new();

    public Task InitializeAsync() => host.Services.BusReadyAsync();

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task A_confirmed_pairing_releases_a_sealed_need_to_its_institute_and_to_no_other()
    {
        var sealedId = await PostAsync("高精度注塑模具热变形补偿（保密）", "sealed");
        Assert.Equal(HttpStatusCode.NotFound, (await host.ClientFor("institute").GetAsync($"/api/needs/{sealedId}")).StatusCode);
        await Eventually.TrueAsync(async () => (await SearchAsync("enterprise")).Contains(sealedId), "the owner to find the sealed need");
        Assert.DoesNotContain(sealedId, await SearchAsync("institute"));

        await host.Harness.Bus.Publish(new PairingConfirmed(Guid.NewGuid(), sealedId, Guid.NewGuid(), "coord.user", NeedsHostFactory.Start, NeedsHostFactory.Institute));
        await Eventually.TrueAsync(
            async () => (await host.ClientFor("institute").GetAsync($"/api/needs/{sealedId}")).StatusCode == HttpStatusCode.OK,
            "the need to be released to the institute");

        var released = await host.GetAsync("institute", $"/api/needs/{sealedId}");
        Assert.Contains("热变形", released["description"]!.GetValue<string>());
        await Eventually.TrueAsync(async () => (await SearchAsync("institute")).Contains(sealedId), "the institute to find the released need");
        Assert.Equal(HttpStatusCode.NotFound, (await host.ClientFor("other-institute").GetAsync($"/api/needs/{sealedId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await host.ClientFor("other-enterprise").GetAsync($"/api/needs/{sealedId}")).StatusCode);
        Assert.DoesNotContain(sealedId, await SearchAsync("other-institute"));
    }

    [Fact]
    public async Task A_confirmation_does_not_open_a_summary_only_description_and_a_repeat_changes_nothing()
    {
        var summaryId = await PostAsync("陶瓷釉面缺陷在线检测", "summaryOnly");
        var confirmed = new PairingConfirmed(Guid.NewGuid(), summaryId, Guid.NewGuid(), "coord.user", NeedsHostFactory.Start, NeedsHostFactory.Institute);

        await host.Harness.Bus.Publish(confirmed);
        await host.Harness.Bus.Publish(confirmed);
        await Eventually.TrueAsync(
            () => Task.FromResult(host.Harness.Consumed.Select<PairingConfirmed>(m => m.Context.Message.NeedId == summaryId).Count() == 2),
            "both copies to be consumed");

        var seen = await host.GetAsync("institute", $"/api/needs/{summaryId}");
        Assert.Null(seen["description"]);
        Assert.Equal(2, (await host.GetAsync("coordinator", $"/api/needs/{summaryId}"))["version"]!.GetValue<int>());
    }

    private async Task<Guid> PostAsync(string title, string confidentiality)
    {
        var response = await host.PostNeedAsync("enterprise", new
        {
            title,
            description = $"{title}：现有工艺依赖人工，效率低，寻求可在产线落地的技术方案。",
            fields = new[] { "smart-equipment" },
            confidentiality,
        });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await NeedsHostFactory.ReadNodeAsync(response))["id"]!.GetValue<Guid>();
    }

    private async Task<List<Guid>> SearchAsync(string user)
    {
        var page = await host.GetAsync(user, "/api/needs?pageSize=50");
        return [.. page["hits"]!.AsArray().Select(h => h!["id"]!.GetValue<Guid>())];
    }
}
