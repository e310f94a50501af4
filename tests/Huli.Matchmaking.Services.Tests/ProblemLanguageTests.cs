using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Huli.Matchmaking.Needs.Domain;

namespace Huli.Matchmaking.Services.Tests;

/// <summary>Problem details and import reports answer in the caller's language: Chinese unless English is asked for.</summary>
public sealed class ProblemLanguageTests(EmbeddedHostFixture fixture) : IClassFixture<EmbeddedHostFixture>
{
    private const string ValidResult = """{"title":"机器视觉检测","abstract":"基于深度学习的表面缺陷检测。","fields":["smart-equipment"],"trl":5}""";

    private static readonly string IncompleteNeed =
        $$"""{"title":"","description":"{{new string('长', NeedLimits.Description + 12)}}","fields":["smart-equipment"]}""";

    [Fact]
    public async Task A_need_with_a_missing_title_and_an_over_long_description_is_refused_in_chinese_by_default()
    {
        var problem = await PostIncompleteNeedAsync(fixture.Host.ClientFor("enterprise").AskingForNoLanguage());

        Assert.Equal("部分字段填写有误。", problem["title"]!.GetValue<string>());
        Assert.Equal("必填。", Assert.Single(problem["errors"]!["title"]!.AsArray())!.GetValue<string>());
        Assert.Equal("最多 20,000 个字符，当前 20,012 个。", Assert.Single(problem["errors"]!["description"]!.AsArray())!.GetValue<string>());
    }

    [Fact]
    public async Task The_same_need_is_refused_in_english_when_english_is_asked_for()
    {
        var problem = await PostIncompleteNeedAsync(fixture.Host.ClientFor("enterprise").AskingFor("en"));

        Assert.Equal("Some fields are not valid.", problem["title"]!.GetValue<string>());
        Assert.Equal("Required.", Assert.Single(problem["errors"]!["title"]!.AsArray())!.GetValue<string>());
        Assert.Equal("At most 20,000 characters; this has 20,012.", Assert.Single(problem["errors"]!["description"]!.AsArray())!.GetValue<string>());
    }

    [Theory]
    [InlineData(null, "必填。")]
    [InlineData("en", "Required.")]
    [InlineData("en-GB,en;q=0.9", "Required.")]
    [InlineData("zh", "必填。")]
    [InlineData("zh-Hans", "必填。")]
    [InlineData("zh-TW,zh;q=0.9,en;q=0.8", "必填。")]
    [InlineData("fr-FR,fr;q=0.9,en;q=0.5", "Required.")]
    [InlineData("fr-FR", "必填。")]
    [InlineData("en;q=0.3,zh-CN;q=0.7", "必填。")]
    public async Task Accept_language_picks_the_language_by_the_callers_preference(string? acceptLanguage, string expected)
    {
        var client = fixture.Host.ClientFor("enterprise").AskingForNoLanguage();
        if (acceptLanguage is not null)
        {
            client.DefaultRequestHeaders.Add("Accept-Language", acceptLanguage);
        }

        var problem = await PostIncompleteNeedAsync(client);

        Assert.Equal(expected, Assert.Single(problem["errors"]!["title"]!.AsArray())!.GetValue<string>());
    }

    [Theory]
    [InlineData("en", "zh-CN", "Required.")]
    [InlineData("zh", "en", "必填。")]
    public async Task The_lang_query_parameter_outranks_the_header(string lang, string acceptLanguage, string expected)
    {
        var client = fixture.Host.ClientFor("enterprise").AskingFor(acceptLanguage);
        var response = await client.PostAsync($"/api/needs?lang={lang}", new StringContent(IncompleteNeed, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ReadNodeAsync();
        Assert.Equal(expected, Assert.Single(problem["errors"]!["title"]!.AsArray())!.GetValue<string>());
    }

    [Theory]
    [InlineData(null, "该成果已撤回；请重新发布后再修改。")]
    [InlineData("en", "This result was withdrawn; list it again to change it.")]
    public async Task A_conflict_is_told_in_the_callers_language(string? language, string expected)
    {
        var institute = fixture.Host.ClientFor("institute");
        var id = await institute.CreateAsync("/api/results", JsonNode.Parse(ValidResult)!);
        (await institute.DeleteAsync($"/api/results/{id}")).EnsureSuccessStatusCode();

        var client = language is null ? institute.AskingForNoLanguage() : institute.AskingFor(language);
        var response = await client.PutAsync($"/api/results/{id}", new StringContent(ValidResult, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal(expected, (await response.ReadNodeAsync())["title"]!.GetValue<string>());
    }

    [Theory]
    [InlineData(null, "没有这条记录，或您无权查看。")]
    [InlineData("en", "No such record, or not visible to you.")]
    public async Task A_missing_record_is_told_in_the_callers_language(string? language, string expected)
    {
        var client = fixture.Host.ClientFor("enterprise");
        client = language is null ? client.AskingForNoLanguage() : client.AskingFor(language);

        var response = await client.GetAsync($"/api/needs/{Guid.CreateVersion7()}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(expected, (await response.ReadNodeAsync())["title"]!.GetValue<string>());
    }

    [Theory]
    [InlineData(null, "未登录或登录已失效")]
    [InlineData("en", "Unauthorized")]
    public async Task A_request_without_a_key_is_told_in_the_callers_language(string? language, string expected)
    {
        var client = fixture.Host.CreateClient();
        client = language is null ? client.AskingForNoLanguage() : client.AskingFor(language);

        var response = await client.GetAsync("/api/results?q=视觉");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(expected, (await response.ReadNodeAsync())["title"]!.GetValue<string>());
    }

    [Theory]
    [InlineData(null, "“高”不是整数。", "必填。")]
    [InlineData("en", "'高' is not a whole number.", "Required.")]
    public async Task An_import_reports_a_bad_rows_problems_in_the_callers_language(string? language, string badTrl, string missingTitle)
    {
        var csv = string.Join('\n',
            "成果名称,成果简介,技术成熟度",
            "激光焊接视觉引导系统,利用结构光视觉引导激光焊接机器人自动纠偏。,6",
            "超声波无损检测装置,用于复合材料内部缺陷的超声检测。,高",
            ",缺少成果名称的一行,5");
        var client = fixture.Host.ClientFor("institute");
        client = language is null ? client.AskingForNoLanguage() : client.AskingFor(language);
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", "成果登记.csv");

        var response = await client.PostAsync("/api/results/import", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var problems = (await response.ReadNodeAsync())["problems"]!.AsArray();
        Assert.Equal(badTrl, Assert.Single(problems, p => p!["row"]!.GetValue<int>() == 3)!["message"]!.GetValue<string>());
        Assert.Equal(missingTitle, Assert.Single(problems, p => p!["row"]!.GetValue<int>() == 4)!["message"]!.GetValue<string>());
    }

    private static async Task<JsonNode> PostIncompleteNeedAsync(HttpClient client)
    {
        var response = await client.PostAsync("/api/needs", new StringContent(IncompleteNeed, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return await response.ReadNodeAsync();
    }
}
