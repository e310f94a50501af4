using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Huli.Matchmaking.EndToEnd.Tests;

/// <summary>huli-import against the embedded host as `make run` starts it: problems named by the rows of the
/// person's own file, an import killed midway finished by running it again, a file refused whole.</summary>
public sealed class ImporterTests(ImporterTests.EmbeddedHost host) : IClassFixture<ImporterTests.EmbeddedHost>
{
    private static readonly TimeSpan ImportLimit = TimeSpan.FromMinutes(10);

    [Fact]
    public async Task A_thousand_rows_with_37_malformed_import_963_and_name_each_rejected_row_of_the_file()
    {
        var (csv, badRows) = ResultCsv.Build("A", rows: 1000, bad: 37, token: "批量导入");
        var path = host.WriteFile("thousand.csv", csv);

        using var run = ImporterRun.Start(host.WorkingDirectory, path, "--api", host.Address, "--key", host.InstituteKey);
        var exit = await run.WaitForExitAsync(ImportLimit);

        Assert.True(exit == 0, $"huli-import exited with {exit}:\n{run.Output}");
        var report = PrintedReport.Parse(run.Output);
        Assert.Equal(963, report.Created);
        Assert.Equal(37, report.Rejected);
        Assert.Equal(badRows.Order(), report.ProblemRows.Order());
    }

    [Fact]
    public async Task An_import_killed_midway_and_run_again_stores_every_row_exactly_once()
    {
        var token = "imp7" + Guid.NewGuid().ToString("N")[..8];
        var (csv, _) = ResultCsv.Build("K", rows: 3000, bad: 0, token);
        var path = host.WriteFile("three-thousand.csv", csv);
        string[] arguments = [path, "--api", host.Address, "--key", host.InstituteKey, "--batch-rows", "100"];

        int answeredBeforeKill;
        using (var killed = ImporterRun.Start(host.WorkingDirectory, arguments))
        {
            await Api.EventuallyAsync(
                () => Task.FromResult(RowsImported(killed.Output) > 0 || killed.HasExited ? killed.Output : null),
                "the first progress line of the import to kill", seconds: 300);
            Assert.False(killed.HasExited, $"huli-import finished before it could be killed:\n{killed.Output}");
            killed.Kill();
            answeredBeforeKill = RowsImported(killed.Output);
        }

        Assert.InRange(answeredBeforeKill, 1, 2999);
        using var again = ImporterRun.Start(host.WorkingDirectory, arguments);
        var exit = await again.WaitForExitAsync(ImportLimit);

        Assert.True(exit == 0, $"huli-import exited with {exit}:\n{again.Output}");
        var report = PrintedReport.Parse(again.Output);
        Assert.Equal(3000, report.Created + report.Unchanged);
        Assert.True(report.Created > 0, again.Output);
        Assert.True(report.Unchanged >= answeredBeforeKill, $"{answeredBeforeKill} rows were answered before the kill:\n{again.Output}");
        Assert.Equal(0, report.Updated);
        Assert.Equal(0, report.Rejected);

        var search = await SearchSweep.UntilAsync(Api.Client(new Uri(host.Address), host.InstituteKey), token, 3000, TimeSpan.FromMinutes(2));
        Assert.True(search.Total == 3000 && search.Ids.Count == 3000, search.ToString());
        Assert.Equal(3000, search.Ids.Distinct().Count());
    }

    [Fact]
    public async Task A_file_without_the_abstract_column_is_refused_with_the_reason()
    {
        var path = host.WriteFile("no-abstract.csv", "成果编号,成果名称,关键词\nR-1,注塑件视觉检测,机器视觉\n");

        // No --key: the importer reads INSTITUTE_KEY from data/demo-users.env, as after `make run`.
        using var run = ImporterRun.Start(host.WorkingDirectory, path, "--api", host.Address);
        var exit = await run.WaitForExitAsync(ImportLimit);

        Assert.True(exit == 1, $"huli-import exited with {exit}:\n{run.Output}");
        Assert.Contains("refused", run.Output, StringComparison.Ordinal);
        Assert.Contains("\"abstract\" is missing", run.Output, StringComparison.Ordinal);
        Assert.Contains("成果简介", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Under_a_chinese_locale_the_importer_reports_in_chinese()
    {
        var refusedPath = host.WriteFile("no-abstract-zh.csv", "成果编号,成果名称,关键词\nR-1,注塑件视觉检测,机器视觉\n");
        var badRowPath = host.WriteFile("bad-trl-zh.csv", string.Join('\n',
            "成果名称,成果简介,技术成熟度",
            "激光焊接视觉引导系统,利用结构光视觉引导激光焊接机器人自动纠偏。,6",
            "超声波无损检测装置,用于复合材料内部缺陷的超声检测。,高"));

        using var refused = ImporterRun.StartIn("zh_CN.UTF-8", host.WorkingDirectory, refusedPath, "--api", host.Address);
        using var imported = ImporterRun.StartIn("zh_CN.UTF-8", host.WorkingDirectory, badRowPath, "--api", host.Address);
        var (refusedExit, importedExit) = (await refused.WaitForExitAsync(ImportLimit), await imported.WaitForExitAsync(ImportLimit));

        Assert.True(refusedExit == 1, $"huli-import exited with {refusedExit}:\n{refused.Output}");
        Assert.Contains("被拒收", refused.Output, StringComparison.Ordinal);
        Assert.Contains("缺少必需的列“abstract”", refused.Output, StringComparison.Ordinal);
        Assert.True(importedExit == 0, $"huli-import exited with {importedExit}:\n{imported.Output}");
        Assert.Contains("“高”不是整数。", imported.Output, StringComparison.Ordinal);
        Assert.Contains("拒收", imported.Output, StringComparison.Ordinal);
    }

    /// <summary>The highest row count of the importer's plain progress lines ("imported 300/3000 rows…").</summary>
    private static int RowsImported(string output) =>
        Regex.Matches(output, @"imported (\d+)/\d+ rows")
            .Select(match => int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture))
            .DefaultIfEmpty(0)
            .Max();

    /// <summary>Every hit of a search, page by page, as the API's paging gives them.</summary>
    private sealed record SearchSweep(int Total, List<Guid> Ids, string? Failure)
    {
        private const int PageSize = 100;

        /// <summary>Sweeps until <paramref name="expected"/> hits are found; the limit only bounds a broken run,
        /// and the last sweep is returned either way so a failure shows what the search did find.</summary>
        public static async Task<SearchSweep> UntilAsync(HttpClient client, string term, int expected, TimeSpan limit)
        {
            var deadline = DateTime.UtcNow + limit;
            while (true)
            {
                var sweep = await SweepAsync(client, term);
                if ((sweep.Failure is null && sweep.Ids.Count >= expected) || DateTime.UtcNow > deadline)
                {
                    return sweep;
                }

                await Task.Delay(500);
            }
        }

        public override string ToString() =>
            $"The search for the file's word reports {Total} matches and paged {Ids.Count} hits ({Ids.Distinct().Count()} distinct){(Failure is null ? "" : $"; {Failure}")}.";

        private static async Task<SearchSweep> SweepAsync(HttpClient client, string term)
        {
            var ids = new List<Guid>();
            var total = 0;
            for (var page = 1; page <= 100; page++)
            {
                var url = $"/api/results?q={Uri.EscapeDataString(term)}&pageSize={PageSize}&page={page}";
                var response = await client.GetAsync(url);
                var body = await response.Content.ReadAsStringAsync();
                if (!response.IsSuccessStatusCode)
                {
                    return new SearchSweep(total, ids, $"GET {url} answered {(int)response.StatusCode}: {body}");
                }

                var answer = JsonNode.Parse(body)!;
                total = answer["total"]!.GetValue<int>();
                var hits = answer["hits"]!.AsArray();
                ids.AddRange(hits.Select(hit => hit!["id"]!.GetValue<Guid>()));
                if (hits.Count < PageSize)
                {
                    break;
                }
            }

            return new SearchSweep(total, ids, null);
        }
    }

    /// <summary>The report huli-import prints: its outcome table and the rows of its problem table.</summary>
    private sealed record PrintedReport(int Created, int Updated, int Unchanged, int Rejected, IReadOnlySet<int> ProblemRows)
    {
        public static PrintedReport Parse(string output) => new(
            Outcome(output, "created"),
            Outcome(output, "updated"),
            Outcome(output, "unchanged"),
            Outcome(output, "rejected"),
            Regex.Matches(output, @"(?m)^\s*[│|]\s*(\d+)\s*[│|]")
                .Select(match => int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture))
                .ToHashSet());

        private static int Outcome(string output, string outcome)
        {
            var line = Regex.Match(output, $@"(?m)^\W*{outcome}\W+(\d+)\W*$");
            Assert.True(line.Success, $"No '{outcome}' line in the report:\n{output}");
            return int.Parse(line.Groups[1].Value, CultureInfo.InvariantCulture);
        }
    }

    /// <summary>Result files as institutes send them: Chinese headings, a row per result, and a known set of
    /// rows that are wrong in different ways, some caught by the reader (cell counts), most by the API.</summary>
    private static class ResultCsv
    {
        private const string Header = "成果编号,成果名称,成果简介,关键词,所属领域,技术成熟度,合作方式,价格下限,价格上限,联系人邮箱,完成日期,专利号";

        private static readonly string[] Topics =
        [
            "机器视觉表面缺陷检测", "永磁同步电机控制", "锂离子电池正极材料", "碳化硅功率器件封装", "医用超声成像",
            "工业互联网边缘计算", "石墨烯导热膜", "伺服系统振动抑制", "体外诊断微流控芯片", "光伏组件隐裂检测",
        ];

        private static readonly string[] Fields =
            ["smart-equipment", "medical-devices", "new-energy", "integrated-circuits", "software", "new-materials", "electronic-information"];

        private static readonly Func<Row, string>[] Malformations =
        [
            row => (row with { Title = "" }).ToString(),
            row => (row with { Summary = "" }).ToString(),
            row => (row with { Trl = "12" }).ToString(),
            row => (row with { Trl = "高" }).ToString(),
            row => (row with { Field = "量子烹饪" }).ToString(),
            row => (row with { Modes = "以物易物" }).ToString(),
            row => (row with { PriceMin = "80", PriceMax = "50" }).ToString(),
            row => (row with { PriceMin = "面议" }).ToString(),
            row => (row with { Email = "li@" }).ToString(),
            row => (row with { Date = "2026-02-30" }).ToString(),
            row => (row with { Patent = "ZL2023" }).ToString(),
            row => (row with { Summary = new string('长', 20_001) }).ToString(),
            row => row.ToString() + ",多出来的一列",
            row => row.ToString()[..row.ToString().LastIndexOf(',')],
            row => (row with { Keywords = string.Join(';', Enumerable.Range(1, 25).Select(i => $"词{i}")) }).ToString(),
        ];

        /// <param name="prefix">Starts each external id, so files imported into one host never share a record.</param>
        /// <param name="token">A word in every title, to find the file's records by search.</param>
        /// <returns>The CSV, and the rows (as a spreadsheet numbers them: the header is row 1) that are malformed.</returns>
        public static (string Csv, IReadOnlySet<int> BadRows) Build(string prefix, int rows, int bad, string token)
        {
            var badRows = Enumerable.Range(0, bad).Select(i => 2 + (i * 27) + 5).ToHashSet();
            var text = new StringBuilder(Header).Append('\n');
            var malformation = 0;
            for (var n = 2; n < rows + 2; n++)
            {
                var row = Row.Good(prefix, n, token);
                text.Append(badRows.Contains(n) ? Malformations[malformation++ % Malformations.Length](row) : row.ToString()).Append('\n');
            }

            return (text.ToString(), badRows);
        }

        private sealed record Row(
            string Id, string Title, string Summary, string Keywords, string Field, string Trl, string Modes,
            string PriceMin, string PriceMax, string Email, string Date, string Patent)
        {
            public static Row Good(string prefix, int n, string token)
            {
                var topic = Topics[n % Topics.Length];
                return new Row(
                    $"{prefix}-{n:D5}",
                    $"{topic}技术 {token} 第{n}号",
                    $"\"面向{topic}的关键技术，第{n}号成果，性能提升{(n % 40) + 10}%，已完成中试验证。\"",
                    $"{topic};关键技术",
                    Fields[n % Fields.Length],
                    $"{(n % 9) + 1}",
                    "转让、合作开发",
                    "30",
                    "120",
                    "tech@example.edu.cn",
                    "2025-06-30",
                    $"ZL2023101{n:D5}.7");
            }

            public override string ToString() =>
                string.Join(',', Id, Title, Summary, Keywords, Field, Trl, Modes, PriceMin, PriceMax, Email, Date, Patent);
        }
    }

    /// <summary>One embedded host for the class, as `make run` starts it: the demo set seeded into a data folder
    /// under its working directory, with the demo users' keys in data/demo-users.env.</summary>
    public sealed class EmbeddedHost : IAsyncLifetime
    {
        private ServiceProcess? process;

        public string WorkingDirectory { get; } = Directory.CreateDirectory(
            Path.Combine(Path.GetTempPath(), "huli-e2e", Guid.NewGuid().ToString("N"))).FullName;

        public string Address => process!.Address.ToString().TrimEnd('/');

        public string InstituteKey { get; private set; } = "";

        public async Task InitializeAsync()
        {
            process = ServiceProcess.Start("Host", new Dictionary<string, string>(), WorkingDirectory);
            await process.WaitUntilHealthyAsync(TimeSpan.FromSeconds(120));
            InstituteKey = File.ReadLines(Path.Combine(WorkingDirectory, "data", "demo-users.env"))
                .Select(line => line.Split('=', 2))
                .Single(parts => parts[0] == "INSTITUTE_KEY")[1];
        }

        public string WriteFile(string name, string text)
        {
            var path = Path.Combine(WorkingDirectory, name);
            File.WriteAllText(path, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            return path;
        }

        public async Task DisposeAsync()
        {
            if (process is not null)
            {
                await process.DisposeAsync();
            }

            Directory.Delete(WorkingDirectory, recursive: true);
        }
    }
}
