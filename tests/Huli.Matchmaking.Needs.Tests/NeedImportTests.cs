using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Huli.Matchmaking.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Huli.Matchmaking.Needs.Tests;

public sealed class NeedImportTests : IAsyncLifetime
{
    private const string Enterprise = NeedsHostFactory.Enterprise;
    private const string OtherEnterprise = NeedsHostFactory.OtherEnterprise;

    private readonly NeedsHostFactory host = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await host.DisposeAsync();

    /// <summary>Each malformed row is wrong in its own way, with the field the report must name. Rows are
    /// numbered as a person sees them: the header is row 1.</summary>
    private static readonly (Func<string[], string[]> Spoil, string Field)[] Malformations =
    [
        (r => NeedFiles.With(r, "需求名称", ""), "title"),
        (r => NeedFiles.With(r, "问题描述", "  "), "description"),
        (r => NeedFiles.With(r, "技术成熟度", "3-12"), "trlMax"),
        (r => NeedFiles.With(r, "技术成熟度", "高"), "trl"),
        (r => NeedFiles.With(r, "技术成熟度", "7-4"), "trlMax"),
        (r => NeedFiles.With(r, "预算（万元）", "100-50"), "budgetMax"),
        (r => NeedFiles.With(r, "预算（万元）", "面议"), "budget"),
        (r => NeedFiles.With(r, "截止日期", "2026-02-30"), "deadline"),
        (r => NeedFiles.With(r, "截止日期", "2026-03-01"), "deadline"),
        (r => NeedFiles.With(r, "保密等级", "绝密"), "confidentiality"),
        (r => NeedFiles.With(r, "合作方式", "以物易物"), "cooperationModes"),
        (r => NeedFiles.With(r, "所属领域", "航空航天"), "fields"),
        (r => NeedFiles.With(r, "企业名称", OtherEnterprise), "enterprise"),
        (r => NeedFiles.With(r, "联系电话", "找王工"), "contactPhone"),
        (r => NeedFiles.With(r, "量化指标", new string('指', 2_001)), "quantifiedTargets"),
    ];

    [Fact]
    public async Task A_needs_file_keeps_its_good_rows_reports_each_bad_row_by_row_and_field_and_a_second_import_changes_nothing()
    {
        var (rows, expected) = FileWithMalformedRows(goodRows: 45);
        var csv = NeedFiles.Csv(rows, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));

        var first = await host.ImportAsync("enterprise", csv, "技术需求征集表.csv");

        Assert.Equal(60, first["rows"]!.GetValue<int>());
        Assert.Equal(45, first["created"]!.GetValue<int>());
        Assert.Equal(15, first["rejected"]!.GetValue<int>());
        Assert.Equal(expected.Order(), Problems(first).Select(p => (p.Row, p.Field ?? "(row)")).Order());
        var messages = Problems(first).ToDictionary(p => p.Row, p => p.Message);
        Assert.Equal("Required.", messages[expected.Single(e => e.Field == "title").Row]);
        Assert.Equal("'面议' is not a range such as 4-7, nor a single value.", messages[expected.Single(e => e.Field == "budget").Row]);
        Assert.Equal("An enterprise posts needs under its own name only.", messages[expected.Single(e => e.Field == "enterprise").Row]);
        Assert.Contains("2026-03-01 has passed", messages[expected.Last(e => e.Field == "deadline").Row]);
        Assert.Equal(45, await host.InScopeAsync((_, db) => db.Needs.CountAsync(n => n.Enterprise == Enterprise)));
        Assert.True(await host.Harness.EventuallyPublished<NeedPublished>(m => m.Title == "锂电池极片毛刺在线检测（第1号需求）" && m.Enterprise == Enterprise));
        var eventsAfterFirst = await host.InScopeAsync((_, db) => db.Outbox.CountAsync());

        var again = await host.ImportAsync("enterprise", csv, "技术需求征集表.csv");

        Assert.Equal(0, again["created"]!.GetValue<int>());
        Assert.Equal(0, again["updated"]!.GetValue<int>());
        Assert.Equal(45, again["unchanged"]!.GetValue<int>());
        Assert.Equal(15, again["rejected"]!.GetValue<int>());
        Assert.Equal(eventsAfterFirst, await host.InScopeAsync((_, db) => db.Outbox.CountAsync()));
        Assert.Equal(45, await host.InScopeAsync((_, db) => db.Needs.CountAsync(n => n.Version == 1)));
    }

    [Fact]
    public async Task Real_enterprise_needs_import_cleanly_are_sorted_from_their_text_and_found_by_their_own_words()
    {
        var needs = EvaluationNeeds.Read();
        var csv = Encoding.UTF8.GetBytes(
            "需求编号,需求名称,问题描述\n" + string.Concat(needs.Select(n => $"{n.Id},{n.Title},\"{n.Text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"\n")));

        var report = await host.ImportAsync("enterprise", csv, "csl-needs-dev.csv");

        Assert.True(needs.Count == report["created"]!.GetValue<int>(), report.ToJsonString());
        Assert.Empty(Problems(report));
        var stored = await host.InScopeAsync((_, db) => db.Needs.AsNoTracking().ToListAsync());
        Assert.All(stored, n => Assert.True(n.KeywordsExtracted && n.Keywords.Count > 0, $"{n.ExternalId} has no keywords"));
        var first = needs[0];
        var found = await host.GetAsync("other-enterprise", $"/api/needs?q={Uri.EscapeDataString(first.Title)}");
        Assert.Equal(first.Title, found["hits"]![0]!["title"]!.GetValue<string>());

        var again = await host.ImportAsync("enterprise", csv, "csl-needs-dev.csv");

        Assert.Equal(needs.Count, again["unchanged"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_changed_row_updates_its_need_with_a_new_version_and_a_new_NeedPublished()
    {
        var rows = Enumerable.Range(1, 5).Select(n => NeedFiles.Row(n, Enterprise)).ToList();
        await host.ImportAsync("enterprise", NeedFiles.Csv(rows, Encoding.UTF8), "needs.csv");
        rows[2] = NeedFiles.With(rows[2], "预算（万元）", "200-300万元");

        var report = await host.ImportAsync("enterprise", NeedFiles.Csv(rows, Encoding.UTF8), "needs.csv");

        Assert.Equal(1, report["updated"]!.GetValue<int>());
        Assert.Equal(4, report["unchanged"]!.GetValue<int>());
        var need = await host.InScopeAsync((_, db) => db.Needs.SingleAsync(n => n.ExternalId == "XM-NEED-0003"));
        Assert.Equal(2, need.Version);
        Assert.Equal((200m, 300m), (need.BudgetMin, need.BudgetMax));
        Assert.True(await host.Harness.EventuallyPublished<NeedPublished>(m => m.NeedId == need.Id && m.Version == 2 && m.BudgetMax == 300m));
    }

    [Fact]
    public async Task A_gb18030_file_imports_like_its_utf8_twin_and_its_needs_are_found()
    {
        var rows = Enumerable.Range(1, 8).Select(n => NeedFiles.Row(n, Enterprise));
        var gb18030 = CodePagesEncodingProvider.Instance.GetEncoding(54936)!;

        var report = await host.ImportAsync("enterprise", NeedFiles.Csv(rows, gb18030), "需求.csv");

        Assert.Equal("GB18030", report["encoding"]!.GetValue<string>());
        Assert.Equal(8, report["created"]!.GetValue<int>());
        var found = await host.GetAsync("other-enterprise", $"/api/needs?q={Uri.EscapeDataString("陶瓷卫浴釉面色差")}");
        var hit = found["hits"]![0]!;
        Assert.StartsWith("陶瓷卫浴釉面色差检测", hit["title"]!.GetValue<string>());
        var need = await host.GetAsync("enterprise", $"/api/needs/{hit["id"]!.GetValue<Guid>()}");
        Assert.Equal(["smart-equipment"], need["fields"]!.AsArray().Select(f => f!.GetValue<string>()));
        Assert.Equal(["transfer", "jointDevelopment"], need["cooperationModes"]!.AsArray().Select(m => m!.GetValue<string>()));
        Assert.Equal((6, 9), (need["trlMin"]!.GetValue<int>(), need["trlMax"]!.GetValue<int>()));
        Assert.Equal("summaryOnly", need["confidentiality"]!.GetValue<string>());
        Assert.Equal(["file"], need["sources"]!.AsArray().Select(s => s!.GetValue<string>()));
    }

    [Fact]
    public async Task A_coordinator_imports_a_workbook_for_the_enterprises_it_names_and_a_row_naming_none_is_refused()
    {
        var rows = new[]
        {
            NeedFiles.Row(1, Enterprise),
            NeedFiles.Row(2, OtherEnterprise),
            NeedFiles.With(NeedFiles.Row(3, Enterprise), "企业名称", ""),
            NeedFiles.With(NeedFiles.With(NeedFiles.Row(4, OtherEnterprise), "技术成熟度", "5"), "预算（万元）", "120"),
        };

        var report = await host.ImportAsync("coordinator", NeedFiles.Xlsx(rows), "联盟需求汇总.xlsx");

        Assert.Equal("Xlsx", report["format"]!.GetValue<string>());
        Assert.Equal(3, report["created"]!.GetValue<int>());
        var problem = Assert.Single(Problems(report));
        Assert.Equal((4, "enterprise", "Required when a coordinator posts a need."), (problem.Row, problem.Field, problem.Message));
        var owners = await host.InScopeAsync((_, db) => db.Needs.OrderBy(n => n.ExternalId).Select(n => n.Enterprise).ToListAsync());
        Assert.Equal([Enterprise, OtherEnterprise, OtherEnterprise], owners);
        var fromNumbers = await host.InScopeAsync((_, db) => db.Needs.SingleAsync(n => n.ExternalId == "XM-NEED-0004"));
        Assert.Equal((5, 5, 120m, 120m), (fromNumbers.TrlMin, fromNumbers.TrlMax, fromNumbers.BudgetMin, fromNumbers.BudgetMax));
        Assert.Equal(new DateOnly(2026, 12, 31), fromNumbers.Deadline);
    }

    [Fact]
    public async Task A_workbook_damaged_past_its_first_batch_keeps_what_was_stored_and_answers_with_problem_details()
    {
        var rows = Enumerable.Range(1, 800).Select(n => NeedFiles.Row(n, Enterprise));
        var damaged = NeedFiles.Damaged(NeedFiles.Xlsx(rows), fraction: 0.85);

        var response = await host.PostFileAsync("enterprise", damaged, "需求汇总.xlsx");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var title = (await NeedsHostFactory.ReadNodeAsync(response))["title"]!.GetValue<string>();
        var stored = await host.InScopeAsync((_, db) => db.Needs.CountAsync());
        Assert.True(stored >= 500, $"{stored} stored; {title}");
        Assert.Contains($"{stored} needs before the damage were stored", title);
    }

    [Fact]
    public async Task A_json_lines_file_with_english_names_and_a_broken_line_keeps_the_others()
    {
        var lines = Encoding.UTF8.GetString(NeedFiles.JsonLines(
        [
            new Dictionary<string, object?>
            {
                ["externalId"] = "J-1", ["title"] = "光伏组件隐裂在线检测", ["description"] = "层压前电池串隐裂无法在线发现，返工成本高。",
                ["fields"] = new[] { "new-energy" }, ["trlMin"] = 5, ["trlMax"] = 7, ["cooperationModes"] = new[] { "licensing", "技术服务" },
                ["budgetMin"] = 30, ["budgetMax"] = 60, ["deadline"] = "2026-09-30", ["confidentiality"] = "sealed",
            },
            new Dictionary<string, object?> { ["externalId"] = "J-3", ["title"] = "水产品冷链保鲜", ["description"] = "冷链运输中虾类黑变，货架期短。", ["budget"] = "10万元" },
        ]));
        var file = lines.Replace("\n", "\n{\"externalId\":\"J-2\",\"title\":\"断行\n", StringComparison.Ordinal);

        var report = await host.ImportAsync("enterprise", Encoding.UTF8.GetBytes(file), "needs.jsonl");

        Assert.Equal(2, report["created"]!.GetValue<int>());
        Assert.Equal(2, Assert.Single(Problems(report)).Row);
        var sealedNeed = await host.InScopeAsync((_, db) => db.Needs.SingleAsync(n => n.ExternalId == "J-1"));
        Assert.Equal(NeedConfidentiality.Sealed, sealedNeed.Confidentiality);
        Assert.Equal([CooperationMode.Licensing, CooperationMode.TechnicalService], sealedNeed.CooperationModes);
        var fish = await host.InScopeAsync((_, db) => db.Needs.SingleAsync(n => n.ExternalId == "J-3"));
        Assert.Equal((10m, 10m), (fish.BudgetMin, fish.BudgetMax));
    }

    [Fact]
    public async Task An_enterprise_cannot_import_needs_for_another_enterprise()
    {
        var rows = Enumerable.Range(1, 3).Select(n => NeedFiles.Row(n, OtherEnterprise));

        var report = await host.ImportAsync("enterprise", NeedFiles.Csv(rows, Encoding.UTF8), "needs.csv");

        Assert.Equal(0, report["created"]!.GetValue<int>());
        Assert.Equal(3, report["rejected"]!.GetValue<int>());
        Assert.All(Problems(report), p => Assert.Equal("enterprise", p.Field));
        Assert.Equal(0, await host.InScopeAsync((_, db) => db.Needs.CountAsync()));
    }

    [Fact]
    public async Task An_institute_may_not_import_needs()
    {
        var response = await host.PostFileAsync("institute", NeedFiles.Csv([NeedFiles.Row(1, Enterprise)], Encoding.UTF8), "needs.csv");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task A_file_without_a_description_column_is_refused_whole_with_problem_details()
    {
        var response = await host.PostFileAsync("enterprise", Encoding.UTF8.GetBytes("需求名称,所属领域\n视觉检测,smart-equipment\n"), "needs.csv");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("description", (await NeedsHostFactory.ReadNodeAsync(response))["title"]!.GetValue<string>());
    }

    /// <summary>Good rows with one malformed row after every third, each malformation once.</summary>
    private static (List<string[]> Rows, List<(int Row, string Field)> Expected) FileWithMalformedRows(int goodRows)
    {
        var rows = new List<string[]>();
        var expected = new List<(int Row, string Field)>();
        var n = 0;
        for (var good = 0; good < goodRows; good++)
        {
            rows.Add(NeedFiles.Row(++n, Enterprise));
            if (good % 3 == 2 && expected.Count < Malformations.Length)
            {
                var (spoil, field) = Malformations[expected.Count];
                rows.Add(spoil(NeedFiles.Row(++n, Enterprise)));
                expected.Add((rows.Count + 1, field));
            }
        }

        return (rows, expected);
    }

    private static List<(int Row, string? Field, string Message)> Problems(JsonNode report) =>
        report["problems"]!.AsArray()
            .Select(p => (p!["row"]!.GetValue<int>(), p["field"]?.GetValue<string>(), p["message"]!.GetValue<string>()))
            .ToList();
}
