using Huli.Matchmaking.Localisation;

namespace Huli.Matchmaking.Import.Xlsx;

/// <summary>Tells an .xlsx (a zip archive) from the files people rename to .xlsx, by their first bytes.</summary>
internal static class WorkbookSignature
{
    private static readonly byte[] Zip = [0x50, 0x4B];
    private static readonly byte[] CompoundDocument = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    public static async Task<FileProblem?> ProblemAsync(Stream stream, CancellationToken cancellationToken)
    {
        var start = stream.Position;
        var head = new byte[CompoundDocument.Length];
        var length = await stream.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken);
        stream.Position = start;
        var bytes = head.AsSpan(0, length);
        if (length == 0)
        {
            return new FileProblem(FileProblemKind.Unreadable, null, new LocalText("文件是空的。", "The file is empty."));
        }

        if (bytes.StartsWith(Zip))
        {
            return null;
        }

        // Excel also wraps password-protected .xlsx files in this container.
        return new FileProblem(FileProblemKind.Unreadable, null, bytes.StartsWith(CompoundDocument)
            ? new LocalText(
                "该文件是旧版 Excel（.xls）工作簿或设有密码，不是 .xlsx：请在 Excel 或 WPS 中打开，去除密码后另存为 .xlsx。",
                "The file is an old Excel (.xls) workbook or a password-protected one, not an .xlsx: open it in Excel or WPS, remove any password and save it as .xlsx.")
            : new LocalText(
                "该文件不是 .xlsx 工作簿（可能是改名为 .xlsx 的 CSV 或其他文件）：请在 Excel 或 WPS 中打开并另存为 .xlsx。",
                "The file is not an .xlsx workbook (it may be a CSV or another file renamed to .xlsx): open it in Excel or WPS and save it as .xlsx."));
    }
}
