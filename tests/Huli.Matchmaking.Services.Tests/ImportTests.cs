using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace Huli.Matchmaking.Services.Tests;

public sealed class ImportTests : IAsyncLifetime
{
    private readonly EmbeddedHostFactory host = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task A_file_of_1000_rows_with_37_malformed_keeps_963_and_reports_exactly_the_37_and_a_second_import_changes_nothing()
    {
        var (csv, badRows) = ResultFiles.Build(rows: 1000, bad: 37, Encoding.UTF8);
        var institute = host.ClientFor("institute");

        var first = await ImportAsync(institute, csv, "成果清单.csv");

        Assert.Equal(1000, first["rows"]!.GetValue<int>());
        var reportedRows = first["problems"]!.AsArray().Select(p => p!["row"]!.GetValue<int>()).ToHashSet();
        Assert.True(963 == first["created"]!.GetValue<int>(), "Not reported: " + string.Join(",", badRows.Except(reportedRows)));
        Assert.Equal(37, first["rejected"]!.GetValue<int>());
        var reported = first["problems"]!.AsArray().Select(p => p!["row"]!.GetValue<int>()).ToHashSet();
        Assert.Equal(badRows.Order(), reported.Order());
        Assert.All(first["problems"]!.AsArray(), p => Assert.False(string.IsNullOrWhiteSpace(p!["message"]!.GetValue<string>())));

        var again = await ImportAsync(institute, csv, "成果清单.csv");

        Assert.Equal(0, again["created"]!.GetValue<int>());
        Assert.Equal(0, again["updated"]!.GetValue<int>());
        Assert.Equal(963, again["unchanged"]!.GetValue<int>());
        Assert.Equal(37, again["rejected"]!.GetValue<int>());
        var found = await (await institute.GetAsync($"/api/results?q={Uri.EscapeDataString("永磁同步电机")}&pageSize=100")).ReadNodeAsync();
        Assert.Equal(96, found["hits"]!.AsArray().Count);
    }

    [Fact]
    public async Task A_gb18030_file_imports_like_its_utf8_twin()
    {
        var (csv, _) = ResultFiles.Build(rows: 30, bad: 0, CodePagesEncodingProvider.Instance.GetEncoding(54936)!);

        var report = await ImportAsync(host.ClientFor("institute"), csv, "gbk.csv");

        Assert.Equal("GB18030", report["encoding"]!.GetValue<string>());
        Assert.Equal(30, report["created"]!.GetValue<int>());
        var found = await (await host.ClientFor("institute").GetAsync($"/api/results?q={Uri.EscapeDataString("锂离子电池正极材料")}")).ReadNodeAsync();
        Assert.Contains("锂离子电池正极材料", found["hits"]![0]!["title"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_json_lines_file_with_a_broken_line_keeps_the_others()
    {
        var lines = string.Join('\n',
            """{"externalId":"J-1","title":"数字孪生产线仿真","abstract":"面向离散制造的数字孪生产线仿真平台。","fields":["software"],"trl":6}""",
            """{"externalId":"J-2","title":"断行""",
            """{"externalId":"J-3","title":"微型光谱仪","abstract":"基于MEMS的微型近红外光谱仪。","fields":"electronic-information","cooperationModes":["许可","technicalService"]}""");

        var report = await ImportAsync(host.ClientFor("institute"), Encoding.UTF8.GetBytes(lines), "feed.jsonl");

        Assert.Equal(2, report["created"]!.GetValue<int>());
        Assert.Equal(2, Assert.Single(report["problems"]!.AsArray())!["row"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_result_listed_again_further_down_the_same_file_is_found_as_last_listed()
    {
        // 600 rows are several batches (they grow from 250 rows), and a batch's index write is still running when
        // the next one is saved; the last row lists the first row's result again, changed.
        static string Line(string id, string title) =>
            $$"""{"externalId":"{{id}}","title":"{{title}}","abstract":"Calibration of MEMS pressure sensors over temperature for industrial transmitters.","fields":["smart-equipment"]}""";
        var lines = Enumerable.Range(2, 598).Select(n => Line($"R-{n:D4}", $"Sensor calibration method number {n}"))
            .Prepend(Line("R-0001", "Sensor calibration method, prototype"))
            .Append(Line("R-0001", "Sensor calibration method, production"));
        var institute = host.ClientFor("institute");

        var report = await ImportAsync(institute, Encoding.UTF8.GetBytes(string.Join('\n', lines)), "relisted.jsonl");

        Assert.Equal(599, report["created"]!.GetValue<int>());
        Assert.Equal(1, report["updated"]!.GetValue<int>());
        var current = await (await institute.GetAsync("/api/results?q=production")).ReadNodeAsync();
        Assert.Equal("Sensor calibration method, production", Assert.Single(current["hits"]!.AsArray())!["title"]!.GetValue<string>());
        var stale = await (await institute.GetAsync("/api/results?q=prototype")).ReadNodeAsync();
        Assert.Empty(stale["hits"]!.AsArray());
        var all = await (await institute.GetAsync("/api/results?q=calibration&pageSize=1")).ReadNodeAsync();
        Assert.Equal(599, all["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task The_same_result_arriving_by_file_and_by_the_api_becomes_one_record_with_both_sources()
    {
        var institute = host.ClientFor("institute");
        var csv = Encoding.UTF8.GetBytes(
            "编号,成果名称,成果简介,关键词,所属领域\n" +
            "XMUT-2026-08,基于深度学习的注塑件表面划痕机器视觉检测系统,\"针对注塑件表面划痕、缩痕、飞边等缺陷人工目检漏检率高的问题，研制了基于深度学习的机器视觉检测系统，检测准确率99.2%，单件检测节拍1.2秒，已在注塑生产线部署。\",机器视觉;注塑件;划痕,smart-equipment\n");
        await ImportAsync(institute, csv, "registry.csv");

        var viaApi = await institute.PostJsonAsync("/api/results", new
        {
            title = "基于深度学习的注塑件表面划痕机器视觉检测系统。",
            @abstract = "针对注塑件表面划痕、缩痕、飞边等缺陷人工目检漏检率高的问题, 研制了基于深度学习的机器视觉检测系统，检测准确率99.2%，单件检测节拍1.2秒, 已在注塑生产线部署。",
            keywords = new[] { "划痕", "机器视觉", "注塑件" },
            fields = new[] { "smart-equipment" },
            externalId = "api-7731",
        });

        Assert.Equal(HttpStatusCode.OK, viaApi.StatusCode);
        var merged = await viaApi.ReadNodeAsync();
        Assert.Equal(["file", "api"], merged["sources"]!.AsArray().Select(s => s!.GetValue<string>()));
        Assert.Equal("XMUT-2026-08", merged["externalId"]!.GetValue<string>());
        Assert.Equal(["api-7731"], merged["alternateIds"]!.AsArray().Select(s => s!.GetValue<string>()));
        var found = await (await institute.GetAsync($"/api/results?q={Uri.EscapeDataString("注塑件 划痕 机器视觉")}")).ReadNodeAsync();
        Assert.Single(found["hits"]!.AsArray());
    }

    [Fact]
    public async Task A_result_without_keywords_or_fields_is_sorted_from_its_text()
    {
        var csv = Encoding.UTF8.GetBytes(
            "成果名称,成果简介\n" +
            "锂离子电池高镍正极材料表面包覆改性,\"采用原子层沉积在高镍三元正极材料表面包覆氧化铝，显著提高锂离子电池的循环寿命和热稳定性，1000次循环容量保持率92%。\"\n");

        var report = await ImportAsync(host.ClientFor("institute"), csv, "sparse.csv");
        Assert.Equal(1, report["created"]!.GetValue<int>());

        var found = await (await host.ClientFor("institute").GetAsync($"/api/results?q={Uri.EscapeDataString("高镍正极")}")).ReadNodeAsync();
        var id = found["hits"]![0]!["id"]!.GetValue<Guid>();
        var result = await (await host.ClientFor("institute").GetAsync($"/api/results/{id}")).ReadNodeAsync();
        Assert.True(result["keywordsExtracted"]!.GetValue<bool>());
        Assert.NotEmpty(result["keywords"]!.AsArray());
        Assert.Contains("new-energy", result["fields"]!.AsArray().Select(f => f!.GetValue<string>()));
        Assert.InRange(result["fieldConfidence"]!.GetValue<double>(), 0.35, 1.0);
    }

    [Fact]
    public async Task A_workbook_damaged_past_its_first_batches_keeps_what_was_read_and_answers_with_problem_details()
    {
        string[] headings = ["成果编号", "成果名称", "成果简介", "关键词", "所属领域", "技术成熟度"];
        var rows = Enumerable.Range(1, 1500).Select(n => new[]
        {
            $"X-{n:D5}", $"机器视觉表面缺陷检测技术（第{n}号）", $"面向注塑件的表面缺陷检测，第{n}号成果，准确率{90 + (n % 9)}%。", "机器视觉;缺陷检测", "smart-equipment", $"{(n % 9) + 1}",
        });
        var damaged = Workbooks.Damaged(Workbooks.Xlsx("成果清单", headings, rows), fraction: 0.85);

        var response = await PostFileAsync(host.ClientFor("institute"), damaged, "成果清单.xlsx");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var title = (await response.ReadNodeAsync())["title"]!.GetValue<string>();
        var stored = System.Text.RegularExpressions.Regex.Match(title, @"(\d+) results before the damage were stored");
        Assert.True(stored.Success, title);
        Assert.InRange(int.Parse(stored.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), 500, 1499);
        var found = await (await host.ClientFor("institute").GetAsync($"/api/results?q={Uri.EscapeDataString("表面缺陷检测")}&pageSize=1")).ReadNodeAsync();
        Assert.Equal(int.Parse(stored.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), found["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_file_without_a_required_column_is_refused_whole()
    {
        var csv = Encoding.UTF8.GetBytes("成果名称,关键词\n机器视觉检测,视觉\n");

        var response = await PostFileAsync(host.ClientFor("institute"), csv, "results.csv");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("abstract", (await response.ReadNodeAsync())["title"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("results.xls")]
    [InlineData("results.txt")]
    public async Task A_file_of_another_kind_is_refused_with_a_reason(string name)
    {
        var response = await PostFileAsync(host.ClientFor("institute"), Encoding.UTF8.GetBytes("x"), name);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task An_enterprise_may_not_import_results()
    {
        var response = await PostFileAsync(host.ClientFor("enterprise"), Encoding.UTF8.GetBytes(ResultFiles.Header), "results.csv");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    internal static async Task<JsonNode> ImportAsync(HttpClient client, byte[] file, string name)
    {
        var response = await PostFileAsync(client, file, name);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return await response.ReadNodeAsync();
    }

    private static Task<HttpResponseMessage> PostFileAsync(HttpClient client, byte[] file, string name)
    {
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        return client.PostAsync("/api/results/import", new MultipartFormDataContent { { content, "file", name } });
    }
}
