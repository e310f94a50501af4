using System.Globalization;
using Huli.Matchmaking.Localisation;
using Huli.Matchmaking.Results.Features.Importing;
using Spectre.Console;

namespace Huli.Matchmaking.Importer;

/// <summary>The final report as tables: what became of the rows, then each problem by row and field, in the
/// language of the process (LANG), as the API's problems are.</summary>
internal static class ReportView
{
    /// <param name="fileRows">The rows of the whole file: more than the report's when the import stopped early.</param>
    /// <param name="target">Needs are never merged, so their table has no such line.</param>
    public static void Write(IAnsiConsole console, ImportReport report, int fileRows, ImportTarget target)
    {
        var encoding = report.Encoding is null ? string.Empty : $", {report.Encoding}";
        var rows = report.Rows < fileRows
            ? new LocalText($"共 {Count(fileRows)} 行，处理 {Count(report.Rows)} 行后停止", $"{Count(report.Rows)} of {Count(fileRows)} rows, then it stopped")
            : new LocalText($"{Count(report.Rows)} 行", $"{Count(report.Rows)} rows");
        console.WriteLine();
        console.MarkupLine($"[bold]{Markup.Escape(report.File)}[/] ({report.Format}{Markup.Escape(encoding)}): {rows}");

        var outcome = new Table().AddColumn(Say("结果", "Outcome")).AddColumn(new TableColumn(Say("行数", "Rows")).RightAligned());
        outcome.AddRow(Say("新建", "created"), Count(report.Created));
        outcome.AddRow(Say("更新", "updated"), Count(report.Updated));
        outcome.AddRow(Say("未变", "unchanged"), Count(report.Unchanged));
        if (target.Merges)
        {
            outcome.AddRow(Say("合并", "merged"), Count(report.Merged));
        }

        var rejected = Say("拒收", "rejected");
        outcome.AddRow(report.Rejected > 0 ? $"[red]{rejected}[/]" : rejected, Count(report.Rejected));
        console.Write(outcome);

        if (report.Problems.Count > 0)
        {
            var problems = new Table()
                .AddColumn(new TableColumn(Say("行", "Row")).RightAligned())
                .AddColumn(Say("字段", "Field"))
                .AddColumn(Say("问题", "Problem"));
            var wholeRow = Say("（整行）", "(row)");
            foreach (var problem in report.Problems)
            {
                problems.AddRow(new Text(Count(problem.Row)), new Text(problem.Field ?? wholeRow), new Text(problem.Message));
            }

            console.Write(problems);
        }

        foreach (var notice in report.Notices)
        {
            console.WriteLine($"{Say("提示", "note")}: {notice}");
        }
    }

    private static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Say(string chinese, string english) => new LocalText(chinese, english).ToString();
}
