using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Huli.Matchmaking.Import.Xlsx;

/// <summary>Which cell styles show their number as a date: in XLSX a date is only a number with such a style.</summary>
internal sealed class NumberFormats
{
    private readonly DateKind[] kindByStyle;

    private NumberFormats(DateKind[] kindByStyle)
    {
        this.kindByStyle = kindByStyle;
    }

    public static NumberFormats Load(WorkbookStylesPart? part)
    {
        var stylesheet = part?.Stylesheet;
        var custom = stylesheet?.NumberingFormats?.Elements<NumberingFormat>()
            .Where(format => format.NumberFormatId?.Value is not null && format.FormatCode?.Value is not null)
            .GroupBy(format => format.NumberFormatId!.Value)
            .ToDictionary(group => group.Key, group => group.First().FormatCode!.Value!) ?? [];
        var kinds = stylesheet?.CellFormats?.Elements<CellFormat>()
            .Select(format => KindOf(format.NumberFormatId?.Value ?? 0, custom))
            .ToArray() ?? [];
        return new NumberFormats(kinds);
    }

    public DateKind KindOf(UInt32Value? styleIndex) =>
        styleIndex?.Value is { } index && index < kindByStyle.Length ? kindByStyle[index] : DateKind.None;

    private static DateKind KindOf(uint formatId, Dictionary<uint, string> custom) =>
        custom.TryGetValue(formatId, out var code) ? NumberFormatCode.Classify(code) : BuiltIn(formatId);

    /// <summary>The built-in formats that show dates or times, including those of Chinese, Japanese and Korean
    /// Excel (27-36, 50-58), such as yyyy"年"m"月"d"日".</summary>
    private static DateKind BuiltIn(uint formatId) => formatId switch
    {
        >= 14 and <= 17 or >= 27 and <= 31 or 36 or >= 50 and <= 58 => DateKind.Date,
        22 => DateKind.DateTime,
        >= 18 and <= 21 or >= 32 and <= 35 or >= 45 and <= 47 => DateKind.Time,
        _ => DateKind.None,
    };
}
