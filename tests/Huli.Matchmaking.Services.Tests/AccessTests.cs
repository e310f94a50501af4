using System.Net;

namespace Huli.Matchmaking.Services.Tests;

/// <summary>Every endpoint states who may call it, and confidential needs stay with their owner and the
/// coordinators.</summary>
public sealed class AccessTests(EmbeddedHostFixture fixture) : IClassFixture<EmbeddedHostFixture>
{
    [Theory]
    [InlineData("GET", "/api/results?q=视觉")]
    [InlineData("POST", "/api/needs")]
    [InlineData("GET", "/api/alliance/pairings")]
    public async Task A_caller_without_a_key_is_refused(string method, string url)
    {
        var response = await fixture.Host.CreateClient().SendAsync(new HttpRequestMessage(new HttpMethod(method), url));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_wrong_key_is_refused()
    {
        var client = fixture.Host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", "not-a-real-key");
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/results?q=视觉")).StatusCode);
    }

    [Theory]
    [InlineData("institute", "POST", "/api/needs")]
    [InlineData("enterprise", "POST", "/api/results")]
    [InlineData("enterprise", "GET", "/api/alliance/pairings")]
    [InlineData("institute", "GET", "/api/matcher/needs/0195d7a4-1c2b-7c3d-9e8f-0a1b2c3d4e5f/ranking")]
    public async Task A_caller_in_the_wrong_role_is_forbidden(string user, string method, string url)
    {
        var response = await fixture.Host.ClientFor(user).SendAsync(new HttpRequestMessage(new HttpMethod(method), url));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Health_needs_no_key()
    {
        var response = await fixture.Host.CreateClient().GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", (await response.ReadNodeAsync())["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_sealed_need_is_seen_only_by_its_owner_and_coordinators()
    {
        var owner = fixture.Host.ClientFor("enterprise");
        var needId = await owner.CreateAsync("/api/needs", Samples.ScratchInspectionNeed("sealed"));

        Assert.Equal(HttpStatusCode.OK, (await owner.GetAsync($"/api/needs/{needId}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await fixture.Host.ClientFor("coordinator").GetAsync($"/api/needs/{needId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await fixture.Host.ClientFor("institute").GetAsync($"/api/needs/{needId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await fixture.Host.ClientFor("other-enterprise").GetAsync($"/api/needs/{needId}")).StatusCode);

        Assert.Contains(needId, await SearchAsync(owner, "注塑 划痕"));
        Assert.Contains(needId, await SearchAsync(fixture.Host.ClientFor("coordinator"), "注塑 划痕"));
        Assert.DoesNotContain(needId, await SearchAsync(fixture.Host.ClientFor("institute"), "注塑 划痕"));

        var closeByOther = await fixture.Host.ClientFor("other-enterprise").PostAsync($"/api/needs/{needId}/close", null);
        Assert.Equal(HttpStatusCode.NotFound, closeByOther.StatusCode);
    }

    [Fact]
    public async Task A_summary_only_need_hides_its_description_from_others()
    {
        var needId = await fixture.Host.ClientFor("enterprise").CreateAsync("/api/needs", Samples.ScratchInspectionNeed("summaryOnly"));

        var seenByInstitute = await (await fixture.Host.ClientFor("institute").GetAsync($"/api/needs/{needId}")).ReadNodeAsync();
        var seenByOwner = await (await fixture.Host.ClientFor("enterprise").GetAsync($"/api/needs/{needId}")).ReadNodeAsync();

        Assert.Null(seenByInstitute["description"]);
        Assert.Equal("注塑外壳表面划痕自动视觉检测", seenByInstitute["title"]!.GetValue<string>());
        Assert.Contains("漏检率", seenByOwner["description"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_institute_cannot_change_another_institutes_result()
    {
        var resultId = await fixture.Host.ClientFor("coordinator").CreateAsync("/api/results", new
        {
            title = "稀土发光材料",
            @abstract = "高效稀土发光材料的制备。",
            fields = new[] { "new-materials" },
            institute = "中国科学院海西研究院厦门稀土材料研究所",
        });

        var response = await fixture.Host.ClientFor("institute").DeleteAsync($"/api/results/{resultId}");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private static async Task<List<Guid>> SearchAsync(HttpClient client, string text)
    {
        var page = await (await client.GetAsync($"/api/needs?q={Uri.EscapeDataString(text)}")).ReadNodeAsync();
        return page["hits"]!.AsArray().Select(h => h!["id"]!.GetValue<Guid>()).ToList();
    }
}
