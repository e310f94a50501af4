using System.Net;
using System.Text.Json.Nodes;
using Huli.Matchmaking.ServiceDefaults.Indexing;
using Microsoft.EntityFrameworkCore;

namespace Huli.Matchmaking.Needs.Tests;

/// <summary><c>GET /api/needs?mine=true</c>: the caller's organisation's needs, whatever their confidentiality,
/// and no one else's.</summary>
public sealed class OwnNeedsTests : IAsyncLifetime
{
    private readonly NeedsHostFactory host = new();

    public Task InitializeAsync() => host.Services.BusReadyAsync();

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task An_enterprise_lists_all_its_own_needs_in_full_and_none_of_another_enterprise()
    {
        var own = new[]
        {
            await PostAsync("enterprise", "注塑件表面划痕视觉检测", "public"),
            await PostAsync("enterprise", "陶瓷釉面缺陷在线检测", "summaryOnly"),
            await PostAsync("enterprise", "高精度注塑模具热变形补偿", "sealed"),
        };
        var others = await PostAsync("other-enterprise", "电子元件焊点缺陷检测", "public");
        await Eventually.TrueAsync(async () => (await HitsAsync("other-enterprise", "/api/needs?pageSize=50")).Count == 3,
            "the public and summary-only needs of both enterprises to be indexed");

        var mine = await HitsAsync("enterprise", "/api/needs?mine=true&pageSize=50");

        Assert.Equal(own.Order(), mine.Select(Id).Order());
        Assert.DoesNotContain(others, mine.Select(Id));
        Assert.All(mine, hit => Assert.Equal(NeedsHostFactory.Enterprise, hit["enterprise"]!.GetValue<string>()));
        var summaryOnly = mine.Single(hit => Id(hit) == own[1]);
        var sealedNeed = mine.Single(hit => Id(hit) == own[2]);
        Assert.Contains("人工", summaryOnly["descriptionHighlight"]!.GetValue<string>());
        Assert.Contains("人工", sealedNeed["descriptionHighlight"]!.GetValue<string>());
    }

    [Fact]
    public async Task Mine_combines_with_text_and_finds_only_the_callers_matching_need()
    {
        var own = await PostAsync("enterprise", "注塑件表面划痕视觉检测", "public");
        await PostAsync("enterprise", "锂电池极片涂布厚度控制", "public");
        var others = await PostAsync("other-enterprise", "注塑件表面划痕视觉检测升级", "public");
        await Eventually.TrueAsync(async () => (await HitsAsync("other-enterprise", "/api/needs?pageSize=50")).Count == 3,
            "all three needs to be indexed");

        var found = await HitsAsync("enterprise", "/api/needs?mine=true&q=注塑件划痕");

        Assert.Equal(own, Id(Assert.Single(found)));
        Assert.Contains(others, (await HitsAsync("enterprise", "/api/needs?q=注塑件划痕")).Select(Id));
    }

    [Fact]
    public async Task An_institute_has_no_needs_of_its_own_and_a_malformed_mine_is_a_problem()
    {
        await PostAsync("enterprise", "注塑件表面划痕视觉检测", "public");
        await Eventually.TrueAsync(async () => (await HitsAsync("institute", "/api/needs")).Count == 1, "the need to be indexed");

        Assert.Empty(await HitsAsync("institute", "/api/needs?mine=true"));

        var refused = await host.ClientFor("enterprise").GetAsync("/api/needs?mine=perhaps");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Needs_indexed_in_an_older_layout_are_all_re_indexed_once_at_the_next_start()
    {
        var path = Path.Combine(Path.GetTempPath(), "huli-tests", Guid.NewGuid().ToString("N"));
        try
        {
            Guid need;
            await using (var before = new NeedsHostFactory(path))
            {
                await before.Services.BusReadyAsync();
                need = Id(await NeedsHostFactory.ReadNodeAsync(await before.PostNeedAsync("enterprise", new
                {
                    title = "注塑件表面划痕视觉检测",
                    description = "注塑件表面划痕依赖人工目检，寻求视觉检测方案。",
                    fields = new[] { "smart-equipment" },
                    confidentiality = "public",
                })));
                await Eventually.TrueAsync(async () => (await before.GetAsync("enterprise", "/api/needs?mine=true"))["hits"]!.AsArray().Count == 1, "the need indexed");

                // A data folder from before layouts were recorded, whose documents lack what mine=true reads:
                // no layout row, and an index that does not have the need in the current layout.
                await before.InScopeAsync(async (_, db) =>
                {
                    db.Set<IndexLayout>().RemoveRange(db.Set<IndexLayout>());
                    return await db.SaveChangesAsync();
                });
            }

            Directory.Delete(Path.Combine(path, "indexes", "needs"), recursive: true);
            await using var after = new NeedsHostFactory(path);
            await after.Services.BusReadyAsync();

            var mine = (await after.GetAsync("enterprise", "/api/needs?mine=true"))["hits"]!.AsArray();
            Assert.Equal(need, Id(Assert.Single(mine)!));
            var layout = await after.InScopeAsync((_, db) => db.Set<IndexLayout>().SingleAsync());
            Assert.Equal(("Need", 2), (layout.Record, layout.Version));
        }
        finally
        {
            TemporaryFolder.TryDelete(path);
        }
    }

    private async Task<Guid> PostAsync(string user, string title, string confidentiality)
    {
        var response = await host.PostNeedAsync(user, new
        {
            title,
            description = $"{title}：现有工艺依赖人工，效率低，寻求可在产线落地的技术方案。",
            fields = new[] { "smart-equipment" },
            confidentiality,
        });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return Id(await NeedsHostFactory.ReadNodeAsync(response));
    }

    private async Task<List<JsonNode>> HitsAsync(string user, string url) =>
        [.. (await host.GetAsync(user, url))["hits"]!.AsArray().Select(hit => hit!)];

    private static Guid Id(JsonNode node) => node["id"]!.GetValue<Guid>();
}
