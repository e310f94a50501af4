using System.Globalization;
using DocumentFormat.OpenXml.Spreadsheet;
using Huli.Matchmaking.Localisation;

namespace Huli.Matchmaking.Import.Xlsx;

/// <summary>A cell's value as the text a person sees in Excel, in invariant form: integers without ".0",
/// dates as yyyy-MM-dd, booleans as true/false, formulas by their cached result.</summary>
internal sealed class CellText(SharedStrings strings, NumberFormats formats, bool date1904)
{
    /// <summary>The largest serial number Excel shows as a date (9999-12-31).</summary>
    private const double LastDate = 2958465;

    public (string? Text, LocalText? Problem) Render(Cell cell)
    {
        var type = cell.DataType?.Value;
        if (cell.InlineString is { } inline)
        {
            return (Cells.Clean(SharedStrings.TextOf(inline)), null);
        }

        var raw = cell.CellValue?.Text;
        if (raw is null)
        {
            return cell.CellFormula is null
                ? (null, null)
                : (null, new LocalText(
                    "含有从未计算过结果的公式；请在 Excel 或 WPS 中打开文件并重新保存。",
                    "has a formula whose result was never calculated; open the file in Excel or WPS and save it again."));
        }

        if (type == CellValues.SharedString)
        {
            return int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var index) && strings[index] is { } text
                ? (Cells.Clean(text), null)
                : (null, new LocalText(
                    "指向工作簿中缺失的文本；文件已损坏。",
                    "points to text that is missing from the workbook; the file is damaged."));
        }

        if (type == CellValues.Boolean)
        {
            return (raw.Trim() is "1" or "true" ? "true" : "false", null);
        }

        if (type == CellValues.Error)
        {
            return (null, new LocalText($"显示错误 {raw}；请改为填写一个值。", $"shows the error {raw}; enter a value instead."));
        }

        if (type == CellValues.Date)
        {
            return DateTime.TryParse(raw, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var moment)
                ? (Format(moment, DateKind.DateTime), null)
                : (Cells.Clean(raw), null);
        }

        if (type == CellValues.String || type == CellValues.InlineString
            || !double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return (Cells.Clean(raw), null);
        }

        var kind = formats.KindOf(cell.StyleIndex);
        return (kind == DateKind.None ? Number(number) : Date(number, kind), null);
    }

    private static string Number(double number) =>
        Math.Abs(number) < 1e15 && number == Math.Floor(number)
            ? ((long)number).ToString(CultureInfo.InvariantCulture)
            // Excel keeps 15 significant digits; more would show binary noise such as 0.30000000000000004.
            : number.ToString("G15", CultureInfo.InvariantCulture);

    private string Date(double serial, DateKind kind)
    {
        var days = date1904 ? serial + 1462 : serial;
        if (days is < 0 or > LastDate)
        {
            return Number(serial);
        }

        var moment = DateTime.FromOADate(days);
        var seconds = (moment.Ticks + (TimeSpan.TicksPerSecond / 2)) / TimeSpan.TicksPerSecond;
        return Format(new DateTime(seconds * TimeSpan.TicksPerSecond), kind);
    }

    private static string Format(DateTime moment, DateKind kind) => kind switch
    {
        DateKind.Time => moment.ToString("HH:mm:ss", CultureInfo.InvariantCulture),
        DateKind.DateTime when moment.TimeOfDay != TimeSpan.Zero => moment.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        _ => moment.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };
}
