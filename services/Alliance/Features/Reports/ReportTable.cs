using System.Globalization;
using System.Text;

namespace Huli.Matchmaking.Alliance.Features.Reports;

/// <summary>A report as the rows of a CSV file, for <c>?format=csv</c>.</summary>
public interface IReportTable
{
    static abstract string FileName { get; }

    IReadOnlyList<string> Headings { get; }

    IEnumerable<IReadOnlyList<object?>> Rows { get; }
}

public static class ReportCsv
{
    /// <summary>The alliance works in Xiamen: months and days in reports are China Standard Time (UTC+8).</summary>
    public static readonly TimeSpan ChinaStandardTime = TimeSpan.FromHours(8);

    /// <summary>UTF-8 with a byte order mark, which is how Excel knows to read the Chinese in it; RFC 4180 quoting.</summary>
    public static byte[] Write(IReportTable table)
    {
        var text = new StringBuilder();
        Line(text, table.Headings);
        foreach (var row in table.Rows)
        {
            Line(text, row);
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    public static string Month(DateTimeOffset at) => at.ToOffset(ChinaStandardTime).ToString("yyyy-MM", CultureInfo.InvariantCulture);

    private static void Line(StringBuilder text, IEnumerable<object?> cells)
    {
        text.AppendJoin(',', cells.Select(Cell)).Append("\r\n");
    }

    private static string Cell(object? value)
    {
        var cell = value switch
        {
            null => "",
            DateTimeOffset at => at.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? "",
        };

        // A cell that starts like a formula is quoted with a leading apostrophe so Excel shows it, not runs it.
        if (cell.Length > 0 && cell[0] is '=' or '+' or '@' || (cell.Length > 1 && cell[0] == '-' && !char.IsDigit(cell[1])))
        {
            cell = "'" + cell;
        }

        return cell.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{cell.Replace("\"", "\"\"")}\"" : cell;
    }
}
