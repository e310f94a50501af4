namespace Huli.Matchmaking.Import;

/// <summary>The kinds of bulk file an institute or enterprise can upload.</summary>
public enum RecordFileFormat
{
    /// <summary>Comma-separated values (semicolons and tabs are detected too), UTF-8, UTF-16 or GB18030.</summary>
    Csv,

    /// <summary>An Excel 2007+ workbook (.xlsx).</summary>
    Xlsx,

    /// <summary>JSON Lines: one JSON object per line.</summary>
    JsonLines,
}
