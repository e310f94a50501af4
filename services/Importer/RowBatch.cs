using System.Buffers;
using System.Net.Http.Headers;
using System.Text.Encodings.Web;
using System.Text.Json;
using Huli.Matchmaking.Import;

namespace Huli.Matchmaking.Importer;

/// <summary>Rows of the original file as one JSON Lines upload, remembering which row each line came from: the
/// API numbers its problems by line of the batch, and the person needs the row of their own file.</summary>
internal sealed class RowBatch(ColumnMap columns)
{
    // Chinese text stays readable (and a third the size of \uXXXX escapes); the body is never put in HTML.
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly ArrayBufferWriter<byte> lines = new();
    private readonly List<int> rowNumbers = [];

    public int Count => rowNumbers.Count;

    public int Bytes => lines.WrittenCount;

    public int FirstRow => rowNumbers[0];

    public int LastRow => rowNumbers[^1];

    /// <summary>Writes the row's cells under their canonical field names, as the reader cleaned them: list cells
    /// stay as written ("转让、合作开发") so the API splits them exactly as it splits an uploaded file.</summary>
    public void Add(ImportRow row)
    {
        using (var writer = new Utf8JsonWriter(lines, WriterOptions))
        {
            writer.WriteStartObject();
            foreach (var column in columns.Columns)
            {
                var cell = row.Cells.TryGetValue(column.Field, out var value) ? value : null;
                if (cell is not null)
                {
                    writer.WriteString(column.Field, cell);
                }
                else if (column.Required)
                {
                    // Null rather than absent: the API then answers "required" for the field, not "line 7 has
                    // no title", which would name a line of the batch instead of the person's row.
                    writer.WriteNull(column.Field);
                }
            }

            writer.WriteEndObject();
        }

        lines.Write("\n"u8);
        rowNumbers.Add(row.RowNumber);
    }

    /// <summary>The row of the original file that line <paramref name="line"/> (1-based) of this batch holds.</summary>
    public int OriginalRow(int line) => line >= 1 && line <= rowNumbers.Count ? rowNumbers[line - 1] : line;

    /// <summary>A fresh body for each attempt: a request's content cannot be sent twice.</summary>
    public HttpContent ToContent(string sourceName)
    {
        var file = new ReadOnlyMemoryContent(lines.WrittenMemory);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/jsonl") { CharSet = "utf-8" };
        return new MultipartFormDataContent { { file, "file", $"{Path.GetFileNameWithoutExtension(sourceName)}.rows-{FirstRow}-{LastRow}.jsonl" } };
    }
}
