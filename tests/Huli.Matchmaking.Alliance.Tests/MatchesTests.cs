using System.Net;
using System.Text.Json.Nodes;
using Huli.Matchmaking.Contracts;

namespace Huli.Matchmaking.Alliance.Tests;

public sealed class MatchesTests : IAsyncLifetime
{
    private readonly AllianceHostFactory host = new();

    public Task InitializeAsync() => host.Services.BusReadyAsync();

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task The_owning_enterprise_sees_its_needs_ranked_matches_with_reasons_and_no_one_else_does()
    {
        var needId = Guid.NewGuid();
        await host.PublishNeedAsync(needId, "注塑件表面划痕视觉检测", NeedConfidentiality.Sealed);
        var ids = await host.RankAsync(needId, "注塑件表面划痕视觉检测", AllianceHostFactory.Enterprise, AllianceHostFactory.Institute, AllianceHostFactory.OtherInstitute);

        var mine = await host.GetAsync("enterprise", $"/api/alliance/needs/{needId}/matches");
        var matches = mine["matches"]!.AsArray();
        Assert.Equal(ids, matches.Select(m => m!["pairingId"]!.GetValue<Guid>()));
        Assert.Equal([1, 2], matches.Select(m => m!["rank"]!.GetValue<int>()));
        Assert.Equal(AllianceHostFactory.OtherInstitute, matches[1]!["institute"]!.GetValue<string>());
        Assert.Equal("Title matches", matches[0]!["reasons"]![0]!["english"]!.GetValue<string>());
        Assert.Equal("proposed", matches[0]!["status"]!.GetValue<string>());
        Assert.Equal(2, (await host.GetAsync("coordinator", $"/api/alliance/needs/{needId}/matches"))["matches"]!.AsArray().Count);

        Assert.Equal(HttpStatusCode.NotFound, (await host.ClientFor("other-enterprise").GetAsync($"/api/alliance/needs/{needId}/matches")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await host.ClientFor("institute").GetAsync($"/api/alliance/needs/{needId}/matches")).StatusCode);
    }

    [Fact]
    public async Task An_institute_sees_a_sealed_need_only_once_its_pairing_is_confirmed_and_a_summary_only_need_by_title()
    {
        var sealedId = Guid.NewGuid();
        var summaryId = Guid.NewGuid();
        var publicId = Guid.NewGuid();
        await host.PublishNeedAsync(sealedId, "模具热变形补偿（保密）", NeedConfidentiality.Sealed);
        await host.PublishNeedAsync(summaryId, "陶瓷釉面缺陷检测", NeedConfidentiality.SummaryOnly);
        await host.PublishNeedAsync(publicId, "锂电池极片毛刺检测", NeedConfidentiality.Public);
        var sealedPairings = await host.RankAsync(sealedId, "模具热变形补偿（保密）", AllianceHostFactory.Enterprise, AllianceHostFactory.Institute, AllianceHostFactory.OtherInstitute);
        var summaryPairing = (await host.RankAsync(summaryId, "陶瓷釉面缺陷检测", AllianceHostFactory.Enterprise, AllianceHostFactory.Institute))[0];
        var publicPairing = (await host.RankAsync(publicId, "锂电池极片毛刺检测", AllianceHostFactory.Enterprise, AllianceHostFactory.Institute))[0];

        var before = await MatchesAsync("institute");
        Assert.True(before[sealedPairings[0]]["sealed"]!.GetValue<bool>());
        Assert.Null(before[sealedPairings[0]]["need"]);
        Assert.Empty(before[sealedPairings[0]]["matchedTerms"]!.AsArray());
        Assert.Equal("陶瓷釉面缺陷检测", before[summaryPairing]["need"]!["title"]!.GetValue<string>());
        Assert.Null(before[summaryPairing]["need"]!["description"]);
        Assert.Contains("详细描述", before[publicPairing]["need"]!["description"]!.GetValue<string>());
        Assert.DoesNotContain(sealedPairings[1], before.Keys);

        var confirmed = await host.PostAsync("coordinator", $"/api/alliance/pairings/{sealedPairings[0]}/confirm", null);
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);

        var after = await MatchesAsync("institute");
        Assert.False(after[sealedPairings[0]]["sealed"]!.GetValue<bool>());
        Assert.Contains("详细描述", after[sealedPairings[0]]["need"]!["description"]!.GetValue<string>());
        var other = await MatchesAsync("other-institute");
        Assert.True(other[sealedPairings[1]]["sealed"]!.GetValue<bool>());
        Assert.Null(other[sealedPairings[1]]["need"]);
    }

    [Fact]
    public async Task A_coordinator_names_the_institute_whose_matches_to_see()
    {
        var id = await host.OnePairingAsync();

        var without = await host.ClientFor("coordinator").GetAsync("/api/alliance/institute/matches");
        var with = await host.GetAsync("coordinator", $"/api/alliance/institute/matches?institute={Uri.EscapeDataString(AllianceHostFactory.Institute)}");

        Assert.Equal(HttpStatusCode.BadRequest, without.StatusCode);
        Assert.Equal(id, Assert.Single(with["matches"]!.AsArray())!["pairingId"]!.GetValue<Guid>());
        Assert.Equal(HttpStatusCode.Forbidden, (await host.ClientFor("enterprise").GetAsync("/api/alliance/institute/matches")).StatusCode);
    }

    private async Task<Dictionary<Guid, JsonNode>> MatchesAsync(string user) =>
        (await host.GetAsync(user, "/api/alliance/institute/matches"))["matches"]!.AsArray()
            .ToDictionary(m => m!["pairingId"]!.GetValue<Guid>(), m => m!);
}
