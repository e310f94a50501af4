using System.Text.Json.Nodes;

namespace Huli.Matchmaking.Services.Tests;

/// <summary>Searching results with filters, paging, sorting and highlighted passages.</summary>
public sealed class SearchTests : IAsyncLifetime
{
    private readonly EmbeddedHostFactory host = new();
    private HttpClient institute = null!;

    public async Task InitializeAsync()
    {
        institute = host.ClientFor("institute");
        for (var i = 1; i <= 12; i++)
        {
            await institute.CreateAsync("/api/results", new
            {
                title = $"伺服电机振动抑制方法（第{i}代）",
                @abstract = $"针对伺服电机低速振动问题，第{i}代控制算法采用陷波滤波与前馈补偿，振动幅值降低{30 + i}%。",
                keywords = new[] { "伺服电机", "振动抑制" },
                fields = new[] { i % 2 == 0 ? "smart-equipment" : "electronic-information" },
                trl = (i % 9) + 1,
                cooperationModes = i % 3 == 0 ? new[] { "licensing" } : new[] { "transfer", "jointDevelopment" },
                region = i % 4 == 0 ? "福建省厦门市" : "广东省深圳市",
                externalId = $"servo-{i}",
            });
        }
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Pages_carry_the_total_and_do_not_overlap()
    {
        var first = await SearchAsync("q=伺服电机 振动&pageSize=5&page=1");
        var third = await SearchAsync("q=伺服电机 振动&pageSize=5&page=3");

        Assert.Equal(12, first["total"]!.GetValue<int>());
        Assert.Equal(5, first["hits"]!.AsArray().Count);
        Assert.Equal(2, third["hits"]!.AsArray().Count);
        Assert.Empty(Ids(first).Intersect(Ids(third)));
    }

    [Fact]
    public async Task Filters_narrow_by_field_trl_cooperation_mode_and_region()
    {
        var found = await SearchAsync("q=伺服电机&field=smart-equipment&trlMin=3&trlMax=7&mode=jointDevelopment&region=广东省深圳市");

        // i even (smart-equipment), TRL (i%9)+1 in 3..7 → i in {2,4,6}, not a multiple of 3 (transfer + joint), not a multiple of 4 (Shenzhen) → i = 2.
        var hit = Assert.Single(found["hits"]!.AsArray());
        Assert.Contains("第2代", hit!["title"]!.GetValue<string>());
        Assert.Equal(1, found["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task Hits_show_where_the_terms_matched()
    {
        var found = await SearchAsync("q=振动抑制&pageSize=1");

        var hit = found["hits"]![0]!;
        Assert.Contains("<em>振动</em>", hit["abstractHighlight"]!.GetValue<string>());
        Assert.Contains("<em>", hit["titleHighlight"]!.GetValue<string>());
    }

    [Fact]
    public async Task Without_text_the_newest_come_first()
    {
        var found = await SearchAsync("pageSize=3");

        Assert.Equal(12, found["total"]!.GetValue<int>());
        Assert.Contains("第12代", found["hits"]![0]!["title"]!.GetValue<string>());
    }

    private async Task<JsonNode> SearchAsync(string query)
    {
        var response = await institute.GetAsync($"/api/results?{query}");
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return await response.ReadNodeAsync();
    }

    private static IEnumerable<Guid> Ids(JsonNode page) => page["hits"]!.AsArray().Select(h => h!["id"]!.GetValue<Guid>());
}
