using System.Diagnostics.CodeAnalysis;

namespace Huli.Matchmaking.Import;

/// <summary>Tells the format of an upload from its file name, with a message a person can act on when it is
/// not one we read.</summary>
public static class RecordFileFormats
{
    public const string Accepted = ".csv, .xlsx or .jsonl";

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

    private static string Explain(string name, string extension) => extension switch
    {
        "" => $"\"{name}\" has no file extension. Upload a {Accepted} file.",
        ".xls" => $"\"{name}\" is in the old Excel format (.xls): open it in Excel or WPS and save it as .xlsx (or as CSV UTF-8).",
        ".xlsm" or ".xlsb" or ".xltx" => $"\"{name}\" is an Excel {extension} file: save it as a plain .xlsx workbook (or as CSV UTF-8).",
        ".et" or ".ods" or ".numbers" => $"\"{name}\" is a {extension} spreadsheet: save it as .xlsx (or as CSV UTF-8).",
        ".json" => $"\"{name}\" is a .json file: upload JSON Lines instead (.jsonl, one object per line).",
        _ => $"\"{name}\" is not a file type we can read ({extension}). Upload a {Accepted} file.",
    };
}
