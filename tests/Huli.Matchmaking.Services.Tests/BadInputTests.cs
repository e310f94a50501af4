using System.Net;
using System.Text;

namespace Huli.Matchmaking.Services.Tests;

/// <summary>Every endpoint answers bad input with problem details that say what is wrong, never a 500.</summary>
public sealed class BadInputTests(EmbeddedHostFixture fixture) : IClassFixture<EmbeddedHostFixture>
{
    private const string ValidResult = """{"title":"机器视觉检测","abstract":"基于深度学习的表面缺陷检测。","fields":["smart-equipment"],"trl":5}""";
    private const string ValidNeed = """{"title":"表面划痕检测","description":"注塑件表面划痕人工检测漏检率高。","fields":["smart-equipment"]}""";

    public static TheoryData<string, string, string, string> InvalidBodies => new()
    {
        // user, url, body, the field the error names
        { "institute", "/api/results", """{"title":"","abstract":"摘要","fields":["software"]}""", "title" },
        { "institute", "/api/results", $$"""{"title":"标题","abstract":"{{new string('长', 20_001)}}","fields":["software"]}""", "abstract" },
        { "institute", "/api/results", """{"title":"标题","abstract":"摘要","fields":["aerospace"]}""", "fields[0]" },
        { "institute", "/api/results", """{"title":"标题","abstract":"摘要","fields":["software"],"trl":12}""", "trl" },
        { "institute", "/api/results", """{"title":"标题","abstract":"摘要","fields":["software"],"trl":"high"}""", "trl" },
        { "enterprise", "/api/needs", """{"title":" ","description":"描述","fields":["software"]}""", "title" },
        { "enterprise", "/api/needs", $$"""{"title":"标题","description":"{{new string('x', 20_001)}}","fields":["software"]}""", "description" },
        { "enterprise", "/api/needs", """{"title":"标题","description":"描述","fields":["software"],"confidentiality":"topSecret"}""", "confidentiality" },
        { "enterprise", "/api/needs", """{"title":"标题","description":"描述","fields":["software"],"confidentiality":2}""", "confidentiality" },
        { "enterprise", "/api/needs", """{"title":"标题","description":"描述","fields":["biotech"]}""", "fields[0]" },
        { "coordinator", "/api/needs", """{"title":"标题","description":"描述","fields":["software"]}""", "enterprise" },
        { "coordinator", "/api/results", """{"title":"标题","abstract":"摘要","fields":["software"]}""", "institute" },
        { "institute", "/api/results", """{"title":"标题","abstract":"摘要","fields":["software"],"contactEmail":"not-an-address"}""", "contactEmail" },
        { "institute", "/api/results", """{"title":"标题","abstract":"摘要","fields":["software"],"priceMin":80,"priceMax":50}""", "priceMax" },
        { "institute", "/api/results", """{"title":"标题","abstract":"摘要","fields":["software"],"patentNumbers":["ZL2023","ZL202310123456.7"]}""", "patentNumbers[0]" },
        { "institute", "/api/results", """{"title":"标题","abstract":"摘要","fields":["software"],"cooperationModes":["barter"]}""", "cooperationModes[0]" },
        { "institute", "/api/results", """{"title":"标题","abstract":"摘要","fields":["software"],"completedOn":"2026-13-45"}""", "completedOn" },
        { "institute", "/api/results", """{"title":"标题","abstract":"摘要","fields":["software"],"completedOn":"2026-05-01","validUntil":"2025-01-01"}""", "validUntil" },
        { "enterprise", "/api/needs", """{"title":"标题","description":"描述","fields":["software"],"trlMin":7,"trlMax":4}""", "trlMax" },
        { "enterprise", "/api/needs", """{"title":"标题","description":"描述","fields":["software"],"budgetMin":-5}""", "budgetMin" },
        { "enterprise", "/api/needs", """{"title":"标题","description":"描述","fields":["software"],"contactPhone":"call me"}""", "contactPhone" },
    };

    [Theory]
    [MemberData(nameof(InvalidBodies))]
    public async Task An_invalid_field_gets_a_400_naming_that_field(string user, string url, string body, string field)
    {
        var response = await fixture.Host.ClientFor(user).PostAsync(url, new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.ReadNodeAsync();
        Assert.Equal(400, problem["status"]!.GetValue<int>());
        Assert.NotNull(problem["errors"]![field]);
    }

    [Theory]
    [InlineData("institute", "/api/results")]
    [InlineData("enterprise", "/api/needs")]
    [InlineData("coordinator", "/api/alliance/pairings/0195d7a4-1c2b-7c3d-9e8f-0a1b2c3d4e5f/reject")]
    public async Task Malformed_json_gets_a_400_problem(string user, string url)
    {
        var response = await fixture.Host.ClientFor(user).PostAsync(url, new StringContent("""{"title": "未闭合""", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.NotNull((await response.ReadNodeAsync())["errors"]);
    }

    [Theory]
    [InlineData("institute", "/api/results", ValidResult)]
    [InlineData("enterprise", "/api/needs", ValidNeed)]
    public async Task A_body_that_is_not_json_gets_a_415_problem(string user, string url, string body)
    {
        var response = await fixture.Host.ClientFor(user).PostAsync(url, new StringContent(body, Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("institute", "GET", "/api/results/0195d7a4-1c2b-7c3d-9e8f-0a1b2c3d4e5f")]
    [InlineData("institute", "PUT", "/api/results/0195d7a4-1c2b-7c3d-9e8f-0a1b2c3d4e5f")]
    [InlineData("institute", "DELETE", "/api/results/0195d7a4-1c2b-7c3d-9e8f-0a1b2c3d4e5f")]
    [InlineData("enterprise", "GET", "/api/needs/0195d7a4-1c2b-7c3d-9e8f-0a1b2c3d4e5f")]
    [InlineData("enterprise", "PUT", "/api/needs/0195d7a4-1c2b-7c3d-9e8f-0a1b2c3d4e5f")]
    [InlineData("enterprise", "POST", "/api/needs/0195d7a4-1c2b-7c3d-9e8f-0a1b2c3d4e5f/close")]
    [InlineData("coordinator", "GET", "/api/matcher/needs/0195d7a4-1c2b-7c3d-9e8f-0a1b2c3d4e5f/ranking")]
    [InlineData("coordinator", "GET", "/api/alliance/pairings/0195d7a4-1c2b-7c3d-9e8f-0a1b2c3d4e5f")]
    [InlineData("coordinator", "POST", "/api/alliance/pairings/0195d7a4-1c2b-7c3d-9e8f-0a1b2c3d4e5f/confirm")]
    [InlineData("institute", "GET", "/api/results/not-a-guid")]
    public async Task An_unknown_id_gets_a_404_problem(string user, string method, string url)
    {
        var body = url.StartsWith("/api/results", StringComparison.Ordinal) ? ValidResult : ValidNeed;
        var request = new HttpRequestMessage(new HttpMethod(method), url)
        {
            Content = method == "PUT" ? new StringContent(body, Encoding.UTF8, "application/json") : null,
        };

        var response = await fixture.Host.ClientFor(user).SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("/api/results?q=视觉&trlMin=0")]
    [InlineData("/api/results?q=视觉&trlMin=7&trlMax=3")]
    [InlineData("/api/results?q=视觉&field=aerospace")]
    [InlineData("/api/needs?q=视觉&pageSize=1000")]
    [InlineData("/api/needs?q=视觉&page=0")]
    public async Task A_bad_search_gets_a_400_problem(string url)
    {
        var response = await fixture.Host.ClientFor("coordinator").GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await response.ReadNodeAsync())["errors"]);
    }

    /// <summary>Paging stops at the 10,000th hit on both profiles, since Elasticsearch serves no more of a search:
    /// beyond it a page is a field error, up to it a page is answered.</summary>
    [Theory]
    [InlineData("/api/results?q=视觉&page=101&pageSize=100", HttpStatusCode.BadRequest)]
    [InlineData("/api/needs?q=视觉&page=501", HttpStatusCode.BadRequest)]
    [InlineData("/api/results?q=视觉&page=100&pageSize=100", HttpStatusCode.OK)]
    [InlineData("/api/needs?q=视觉&page=500", HttpStatusCode.OK)]
    public async Task Paging_reaches_the_first_ten_thousand_hits(string url, HttpStatusCode expected)
    {
        var response = await fixture.Host.ClientFor("coordinator").GetAsync(url);

        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.BadRequest)
        {
            Assert.Contains("10,000", (await response.ReadNodeAsync())["errors"]!["page"]![0]!.GetValue<string>());
        }
    }

    [Theory]
    [InlineData("/api/alliance/pairings?status=maybe")]
    [InlineData("/api/results?q=视觉&mode=barter")]
    [InlineData("/api/needs?sort=cheapest")]
    public async Task A_bad_query_value_gets_a_400_problem(string url)
    {
        var response = await fixture.Host.ClientFor("coordinator").GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}

/// <summary>One embedded host shared by tests that only read or reject.</summary>
public sealed class EmbeddedHostFixture : IAsyncLifetime
{
    public EmbeddedHostFactory Host { get; } = new();

    public Task InitializeAsync()
    {
        _ = Host.Server;
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();
}
