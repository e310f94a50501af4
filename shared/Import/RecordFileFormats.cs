using System.Diagnostics.CodeAnalysis;
using Huli.Matchmaking.Localisation;

namespace Huli.Matchmaking.Import;

/// <summary>Tells the format of an upload from its file name, with a message a person can act on when it is
/// not one we read.</summary>
public static class RecordFileFormats
{
    public const string Accepted = ".csv, .xlsx or .jsonl";

    private const string AcceptedInChinese = ".csv、.xlsx 或 .jsonl";

    /// <summary>What an import endpoint answers when the form carries no file, or an empty one.</summary>
    public static readonly LocalText UploadMissing = new(
        $"请在表单字段“file”中附上一个非空的 {AcceptedInChinese} 文件。",
        $"Attach a non-empty {Accepted} file as form field 'file'.");

    /// <summary>The format of <paramref name="fileName"/>.</summary>
    /// <exception cref="RecordFileException">The extension is not one we read; its message says what to do.</exception>
    public static RecordFileFormat FromFileName(string fileName)
    {
        if (TryFromFileName(fileName, out var format, out var problem))
        {
            return format;
        }

        throw new RecordFileException([problem]);
    }

    public static bool TryFromFileName(
        string fileName,
        out RecordFileFormat format,
        [NotNullWhen(false)] out FileProblem? problem)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        var name = Path.GetFileName(fileName.Trim());
        var extension = Path.GetExtension(name).ToLowerInvariant();
        problem = null;
        format = default;
        switch (extension)
        {
            case ".csv" or ".tsv":
                format = RecordFileFormat.Csv;
                return true;
            case ".xlsx":
                format = RecordFileFormat.Xlsx;
                return true;
            case ".jsonl" or ".ndjson" or ".json-lines":
                format = RecordFileFormat.JsonLines;
                return true;
        }

        problem = new FileProblem(FileProblemKind.UnsupportedFormat, null, Explain(name, extension));
        return false;
    }

    private static LocalText Explain(string name, string extension) => extension switch
    {
        "" => new LocalText(
            $"“{name}”没有文件扩展名。请上传 {AcceptedInChinese} 文件。",
            $"\"{name}\" has no file extension. Upload a {Accepted} file."),
        ".xls" => new LocalText(
            $"“{name}”是旧版 Excel 格式（.xls）：请在 Excel 或 WPS 中打开并另存为 .xlsx（或 CSV UTF-8）。",
            $"\"{name}\" is in the old Excel format (.xls): open it in Excel or WPS and save it as .xlsx (or as CSV UTF-8)."),
        ".xlsm" or ".xlsb" or ".xltx" => new LocalText(
            $"“{name}”是 Excel {extension} 文件：请另存为普通的 .xlsx 工作簿（或 CSV UTF-8）。",
            $"\"{name}\" is an Excel {extension} file: save it as a plain .xlsx workbook (or as CSV UTF-8)."),
        ".et" or ".ods" or ".numbers" => new LocalText(
            $"“{name}”是 {extension} 电子表格：请另存为 .xlsx（或 CSV UTF-8）。",
            $"\"{name}\" is a {extension} spreadsheet: save it as .xlsx (or as CSV UTF-8)."),
        ".json" => new LocalText(
            $"“{name}”是 .json 文件：请改为上传 JSON Lines（.jsonl，每行一个对象）。",
            $"\"{name}\" is a .json file: upload JSON Lines instead (.jsonl, one object per line)."),
        _ => new LocalText(
            $"“{name}”不是可读取的文件类型（{extension}）。请上传 {AcceptedInChinese} 文件。",
            $"\"{name}\" is not a file type we can read ({extension}). Upload a {Accepted} file."),
    };
}
