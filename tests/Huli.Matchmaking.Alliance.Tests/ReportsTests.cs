using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Huli.Matchmaking.Contracts;

namespace Huli.Matchmaking.Alliance.Tests;

/// <summary>The reports over a small history recorded through the API on a fake clock (UTC+8 months): need A
/// (smart manufacturing) with three pairings, need B (new materials and smart manufacturing) with two.</summary>
public sealed class ReportsTests : IAsyncLifetime
{
    private const string Manufacturing = "smart-equipment";
    private const string Materials = "new-materials";

    private readonly AllianceHostFactory host = new();

    public async Task InitializeAsync()
    {
        await host.Services.BusReadyAsync();
        var start = AllianceHostFactory.Start;
        var needA = Guid.NewGuid();
        var needB = Guid.NewGuid();
        await host.PublishNeedAsync(needA, "注塑件表面划痕视觉检测", NeedConfidentiality.Public);
        await host.PublishNeedAsync(needB, "高导热复合材料", NeedConfidentiality.Sealed);
        var a = await host.RankAsync(needA, "注塑件表面划痕视觉检测", [Manufacturing], AllianceHostFactory.Enterprise, AllianceHostFactory.Institute, AllianceHostFactory.OtherInstitute, AllianceHostFactory.Institute);
        var b = await host.RankAsync(needB, "高导热复合材料", [Materials, Manufacturing], AllianceHostFactory.Enterprise, AllianceHostFactory.Institute, AllianceHostFactory.OtherInstitute);

        await At(start.AddDays(2), () => host.StepAsync(a[0], new { to = "confirmed", expectedVersion = 0 }));
        await At(start.AddDays(3), () => host.StepAsync(a[1], new { to = "rejected", expectedVersion = 0, reason = "方向不符" }));
        await At(start.AddDays(4), () => host.StepAsync(b[0], new { to = "confirmed", expectedVersion = 0 }));
        await At(start.AddDays(5), () => host.StepAsync(a[2], new { to = "confirmed", expectedVersion = 0 }));
        await WalkAsync(a[0], start.AddDays(6), 100m, "licensing");
        await At(start.AddDays(11), () => host.StepAsync(a[2], new { to = "contacted", expectedVersion = 1 }));
        await At(start.AddDays(12), () => host.StepAsync(a[2], new { to = "closed", expectedVersion = 2, reason = "企业暂停项目" }));
        await WalkAsync(b[0], start.AddDays(26), 50.5m, "transfer");
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task The_funnel_counts_the_pairings_that_reached_each_stage()
    {
        var funnel = await host.GetAsync("coordinator", "/api/alliance/reports/funnel");

        var stages = funnel["stages"]!.AsArray().Select(s => (s!["state"]!.GetValue<string>(), s["count"]!.GetValue<int>()));
        Assert.Equal(
            [("proposed", 5), ("confirmed", 3), ("contacted", 3), ("ndaSigned", 2), ("visit", 2), ("negotiating", 2), ("contractSigned", 2)],
            stages);
    }

    [Fact]
    public async Task Confirmations_and_contracts_are_counted_by_field_and_month()
    {
        var all = await host.GetAsync("coordinator", "/api/alliance/reports/by-field-month");
        var december = await host.GetAsync("coordinator", "/api/alliance/reports/by-field-month?from=2026-12&to=2026-12");

        Assert.Equal(
            [("2026-11", Materials, 1, 0), ("2026-11", Manufacturing, 3, 1), ("2026-12", Materials, 0, 1), ("2026-12", Manufacturing, 0, 1)],
            Rows(all));
        Assert.Equal([("2026-12", Materials, 0, 1), ("2026-12", Manufacturing, 0, 1)], Rows(december));
        var bad = await host.ClientFor("coordinator").GetAsync("/api/alliance/reports/by-field-month?from=November");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    [Fact]
    public async Task Time_to_first_confirmation_is_counted_per_need_with_median_and_90th_percentile()
    {
        var report = await host.GetAsync("coordinator", "/api/alliance/reports/time-to-confirmation");

        Assert.Equal(2, report["needs"]!.GetValue<int>());
        Assert.Equal([2.0, 4.0], report["rows"]!.AsArray().Select(r => r!["days"]!.GetValue<double>()));
        Assert.Equal("注塑件表面划痕视觉检测", report["rows"]![0]!["needTitle"]!.GetValue<string>());
        Assert.Equal(3.0, report["medianDays"]!.GetValue<double>());
        Assert.Equal(4.0, report["p90Days"]!.GetValue<double>());
    }

    [Fact]
    public async Task Contracts_are_totalled_by_type()
    {
        var report = await host.GetAsync("coordinator", "/api/alliance/reports/contracts");

        Assert.Equal(2, report["count"]!.GetValue<int>());
        Assert.Equal(150.5m, report["totalAmount"]!.GetValue<decimal>());
        Assert.Equal(
            [("transfer", 1, 50.5m), ("licensing", 1, 100m)],
            report["byType"]!.AsArray().Select(t => (t!["type"]!.GetValue<string>(), t["count"]!.GetValue<int>(), t["amount"]!.GetValue<decimal>())));
        var rows = report["rows"]!.AsArray();
        Assert.Equal(["注塑件表面划痕视觉检测", "高导热复合材料"], rows.Select(r => r!["needTitle"]!.GetValue<string>()));
        Assert.Equal(AllianceHostFactory.Start.AddDays(10), rows[0]!["signedAt"]!.GetValue<DateTimeOffset>());
    }

    [Fact]
    public async Task Each_report_comes_as_CSV_in_UTF8_with_a_byte_order_mark()
    {
        var client = host.ClientFor("coordinator");
        var expected = new Dictionary<string, string>
        {
            ["funnel"] = "contractSigned,2",
            ["by-field-month"] = "2026-11,smart-equipment,3,1",
            ["time-to-confirmation"] = "注塑件表面划痕视觉检测,2",
            ["contracts"] = "高导热复合材料,厦门测试精密塑胶有限公司",
        };
        foreach (var (report, line) in expected)
        {
            var response = await client.GetAsync($"/api/alliance/reports/{report}?format=csv");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
            var bytes = await response.Content.ReadAsByteArrayAsync();
            Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
            var text = Encoding.UTF8.GetString(bytes[3..]);
            Assert.Contains(line, text);
        }

        var unknown = await client.GetAsync("/api/alliance/reports/funnel?format=xlsx");
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await host.ClientFor("enterprise").GetAsync("/api/alliance/reports/funnel")).StatusCode);
    }

    private async Task At(DateTimeOffset when, Func<Task> step)
    {
        host.Clock.SetUtcNow(when);
        await step();
    }

    /// <summary>From confirmed to contract signed, a day a step, starting on <paramref name="from"/>.</summary>
    private async Task WalkAsync(Guid id, DateTimeOffset from, decimal amount, string type)
    {
        string[] path = ["contacted", "ndaSigned", "visit", "negotiating"];
        for (var i = 0; i < path.Length; i++)
        {
            await At(from.AddDays(i), () => host.StepAsync(id, new { to = path[i], expectedVersion = i + 1 }));
        }

        await At(from.AddDays(path.Length), () => host.StepAsync(id, new { to = "contractSigned", expectedVersion = path.Length + 1, contract = new { amount, type } }));
    }

    private static List<(string, string, int, int)> Rows(JsonNode report) =>
        [.. report["rows"]!.AsArray().Select(r => (r!["month"]!.GetValue<string>(), r["field"]!.GetValue<string>(), r["pairings"]!.GetValue<int>(), r["contracts"]!.GetValue<int>()))];
}
