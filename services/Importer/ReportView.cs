using System.Globalization;
using Huli.Matchmaking.Results.Features.Importing;
using Spectre.Console;

namespace Huli.Matchmaking.Importer;

/// <summary>The final report as tables: what became of the rows, then each problem by row and field.</summary>
internal static class ReportView
{
    /// <param name="fileRows">The rows of the whole file: more than the report's when the import stopped early.</param>
    /// <param name="target">Needs are never merged, so their table has no such line.</param>
    public static void Write(IAnsiConsole console, ImportReport report, int fileRows, ImportTarget target)
    {
        var encoding = report.Encoding is null ? string.Empty : $", {report.Encoding}";
        var rows = report.Rows < fileRows ? $"{Count(report.Rows)} of {Count(fileRows)} rows, then it stopped" : $"{Count(report.Rows)} rows";
        console.WriteLine();
        console.MarkupLine($"[bold]{Markup.Escape(report.File)}[/] ({report.Format}{Markup.Escape(encoding)}): {rows}");

        var outcome = new Table().AddColumn("Outcome").AddColumn(new TableColumn("Rows").RightAligned());
        outcome.AddRow("created", Count(report.Created));
        outcome.AddRow("updated", Count(report.Updated));
        outcome.AddRow("unchanged", Count(report.Unchanged));
        if (target.Merges)
        {
            outcome.AddRow("merged", Count(report.Merged));
        }

        outcome.AddRow(report.Rejected > 0 ? "[red]rejected[/]" : "rejected", Count(report.Rejected));
        console.Write(outcome);

        if (report.Problems.Count > 0)
        {
            var problems = new Table()
                .AddColumn(new TableColumn("Row").RightAligned())
                .AddColumn("Field")
                .AddColumn("Problem");
            foreach (var problem in report.Problems)
            {
                problems.AddRow(new Text(Count(problem.Row)), new Text(problem.Field ?? "(row)"), new Text(problem.Message));
            }

            console.Write(problems);
        }

        foreach (var notice in report.Notices)
        {
            console.WriteLine($"note: {notice}");
        }
    }

    private static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);
}
