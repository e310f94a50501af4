using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Huli.Matchmaking.Results.Tests;

/// <summary><c>GET /api/results?mine=true</c>: the caller's institute's results and no one else's.</summary>
public sealed class OwnResultsTests : IAsyncLifetime
{
    // No test here polls the feed; its address only has to be well formed.
    private readonly ResultsHostFactory host = new("http://127.0.0.1:9/feed");

    public Task InitializeAsync() => host.Services.BusReadyAsync();

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task An_institute_lists_its_own_results_and_none_of_another_institute()
    {
        var own = new[]
        {
            await ListAsync("institute", "基于高光谱成像的注塑件色差在线检测", institute: null),
            await ListAsync("institute", "锂电池极片涂布厚度闭环控制", institute: null),
        };
        var others = await ListAsync("coordinator", "注塑件色差检测的深度学习方法", institute: "华侨大学测试研究院");
        await Eventually.TrueAsync(async () => (await HitsAsync("enterprise", "/api/results?pageSize=50")).Count == 3,
            "all three results to be indexed");

        var mine = await HitsAsync("institute", "/api/results?mine=true&pageSize=50");
        var found = await HitsAsync("institute", "/api/results?mine=true&q=注塑件色差");

        Assert.Equal(own.Order(), mine.Select(Id).Order());
        Assert.All(mine, hit => Assert.Equal(ResultsHostFactory.Institute, hit["institute"]!.GetValue<string>()));
        Assert.Equal(own[0], Id(Assert.Single(found)));
        Assert.Contains(others, (await HitsAsync("institute", "/api/results?q=注塑件色差")).Select(Id));
    }

    [Fact]
    public async Task An_enterprise_has_no_results_of_its_own()
    {
        await ListAsync("institute", "基于高光谱成像的注塑件色差在线检测", institute: null);
        await Eventually.TrueAsync(async () => (await HitsAsync("enterprise", "/api/results")).Count == 1, "the result to be indexed");

        Assert.Empty(await HitsAsync("enterprise", "/api/results?mine=true"));
    }

    private async Task<Guid> ListAsync(string user, string title, string? institute)
    {
        var response = await host.ClientFor(user).PostAsJsonAsync("/api/results", new
        {
            title,
            @abstract = $"{title}：面向厦门湖里区制造企业，已完成中试验证。",
            keywords = new[] { "检测" },
            fields = new[] { "smart-equipment" },
            trl = 6,
            institute,
        }, JsonSerializerOptions.Web);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return Id(JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
    }

    private async Task<List<JsonNode>> HitsAsync(string user, string url)
    {
        var page = await host.ClientFor(user).GetFromJsonAsync<JsonNode>(url);
        return [.. page!["hits"]!.AsArray().Select(hit => hit!)];
    }

    private static Guid Id(JsonNode node) => node["id"]!.GetValue<Guid>();
}
