using System.Text;

namespace Huli.Matchmaking.Import.Tests.Support;

/// <summary>Upload streams built in memory.</summary>
internal static class Uploads
{
    public static Encoding Gb18030 { get; } = CodePagesEncodingProvider.Instance.GetEncoding(54936)!;

    /// <summary>The text in <paramref name="encoding"/>, preceded by its byte order mark when asked.</summary>
    public static MemoryStream Text(string text, Encoding encoding, bool byteOrderMark = false)
    {
        var bytes = encoding.GetBytes(text);
        // Encoding.GetEncoding gives the standard instance of the code page, which has its byte order mark.
        var preamble = byteOrderMark ? Encoding.GetEncoding(encoding.CodePage).GetPreamble() : [];
        return new MemoryStream([.. preamble, .. bytes]);
    }

    public static MemoryStream Utf8(string text, bool byteOrderMark = false) =>
        Text(text, new UTF8Encoding(false), byteOrderMark);

    public static async Task<Read> ReadAsync(Stream stream, RecordFileFormat format, ColumnMap? columns = null, RecordFileOptions? options = null)
    {
        await using var file = await RecordFile.OpenAsync(stream, format, columns ?? ResearchResultColumns.Map, options ?? RecordFileOptions.Default);
        var rows = new List<ImportRow>();
        if (file.Header.CanRead)
        {
            await foreach (var row in file.ReadRowsAsync())
            {
                rows.Add(row);
            }
        }

        return new Read(file.Header, rows, file.Notices);
    }

    internal sealed record Read(RecordFileHeader Header, IReadOnlyList<ImportRow> Rows, IReadOnlyList<FileProblem> Notices)
    {
        public ImportRow Row(int rowNumber) => Rows.Single(row => row.RowNumber == rowNumber);
    }
}
