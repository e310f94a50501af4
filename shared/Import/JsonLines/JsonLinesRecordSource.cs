using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text;
using Huli.Matchmaking.Import.Decoding;
using Huli.Matchmaking.Localisation;

namespace Huli.Matchmaking.Import.JsonLines;

/// <summary>Reads JSON Lines: each line one object whose property names go through the <see cref="ColumnMap"/>.
/// There is no header, so what a header would reveal is found line by line: an unknown property becomes a
/// file notice the first time it is seen, and a line without a required property gets a row problem.</summary>
internal sealed class JsonLinesRecordSource : RecordSource
{
    private readonly TextReader text;
    private readonly LineReader lines;
    private readonly ColumnMap columns;
    private readonly int maxLineSize;
    private readonly List<FileProblem> notices = [];
    private readonly HashSet<string> unknownProperties = new(StringComparer.Ordinal);

    // The same property names come on every line, and matching one normalises it (NFKC, then a builder): for a
    // large file that was most of what reading a line cost beyond parsing it. A file with ever new names stops
    // adding them at the cap.
    private readonly Dictionary<string, ColumnDefinition?> matchedProperties = new(StringComparer.Ordinal);
    private const int MaxMatchedProperties = 256;

    private JsonLinesRecordSource(RecordFileHeader header, TextReader text, ColumnMap columns, int maxLineSize)
        : base(header)
    {
        this.text = text;
        this.columns = columns;
        this.maxLineSize = maxLineSize;
        lines = new LineReader(text, maxLineSize);
    }

    public override IReadOnlyList<FileProblem> Notices => notices;

    public static async Task<RecordSource> OpenAsync(Stream stream, ColumnMap columns, RecordFileOptions options, CancellationToken cancellationToken)
    {
        var text = await TextDecoding.OpenAsync(stream, options.Encoding, cancellationToken);
        var header = new RecordFileHeader(RecordFileFormat.JsonLines, null, [], [], []) { Encoding = text.EncodingName };
        return new JsonLinesRecordSource(header, text.Reader, columns, options.MaxRecordSize);
    }

    public override async IAsyncEnumerable<ImportRow> ReadRowsAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        while (await lines.ReadLineAsync(cancellationToken) is { } line)
        {
            if (line.Text is null)
            {
                var limit = Sizes.Describe(maxLineSize);
                yield return new ImportRow(lines.LineNumber, columns.EmptyCells(), [new RowProblem(null, new LocalText(
                    $"第 {lines.LineNumber} 行超过 {limit.Chinese}，已跳过。",
                    $"Line {lines.LineNumber} is longer than {limit.English}; it was skipped."))]);
            }
            else if (!string.IsNullOrWhiteSpace(line.Text))
            {
                yield return ToRow(lines.LineNumber, line.Text);
            }
        }
    }

    public override ValueTask DisposeAsync()
    {
        text.Dispose();
        return ValueTask.CompletedTask;
    }

    private ImportRow ToRow(int lineNumber, string line)
    {
        var label = new LocalText($"第 {lineNumber} 行", $"Line {lineNumber}");
        var cells = columns.EmptyCells();
        var problems = new List<RowProblem>();
        var utf8 = Encoding.UTF8.GetBytes(line);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8);
        }
        catch (JsonException exception)
        {
            var column = Column(utf8, exception);
            problems.Add(new RowProblem(null, new LocalText(
                $"{label.Chinese}{(column is null ? "" : $"第 {column} 列处")}不是有效的 JSON：{Reason(exception)}",
                $"{label.English} is not valid JSON{(column is null ? "" : $" at column {column}")}: {Reason(exception)}")));
            return new ImportRow(lineNumber, cells, problems);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                var (chinese, english) = Describe(root.ValueKind);
                problems.Add(new RowProblem(null, new LocalText(
                    $"{label.Chinese}是 JSON {chinese}，不是对象：每行须是一个对象，例如 {{\"title\": \"…\"}}。",
                    $"{label.English} is a JSON {english}, not an object: each line must be one object such as {{\"title\": \"…\"}}.")));
                return new ImportRow(lineNumber, cells, problems);
            }

            var given = Read(root, label, lineNumber, cells, problems);
            foreach (var column in columns.Columns.Where(column => column.Required && !given.Contains(column.Field)))
            {
                problems.Add(new RowProblem(column.Field, new LocalText(
                    $"{label.Chinese}缺少 {column.Field}：请提供名为 {Naming.OneOf(column.AcceptedHeadings, "或")} 的属性。",
                    $"{label.English} has no {column.Field}: give a property named {Naming.OneOf(column.AcceptedHeadings)}.")));
            }
        }

        Undecodable.Report(cells, Header.Encoding!, label, problems);
        return new ImportRow(lineNumber, cells, problems);
    }

    private bool TryMatch(string propertyName, [NotNullWhen(true)] out ColumnDefinition? column)
    {
        if (!matchedProperties.TryGetValue(propertyName, out column))
        {
            column = columns.TryMatch(propertyName, out var found) ? found : null;
            if (matchedProperties.Count < MaxMatchedProperties)
            {
                matchedProperties.Add(propertyName, column);
            }
        }

        return column is not null;
    }

    /// <returns>The fields the line gives a property for, null values included.</returns>
    private HashSet<string> Read(JsonElement root, LocalText label, int lineNumber, Dictionary<string, string?> cells, List<RowProblem> problems)
    {
        var propertyOf = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var property in root.EnumerateObject())
        {
            if (!TryMatch(property.Name, out var column))
            {
                if (unknownProperties.Add(property.Name))
                {
                    notices.Add(new FileProblem(FileProblemKind.UnknownColumn, property.Name, new LocalText(
                        $"属性“{property.Name}”（首次出现在第 {lineNumber} 行）不是可识别的字段，已忽略。",
                        $"The property \"{property.Name}\" (first on line {lineNumber}) is not a field we know; it was ignored.")));
                }

                continue;
            }

            if (propertyOf.TryGetValue(column.Field, out var first))
            {
                problems.Add(new RowProblem(column.Field, new LocalText(
                    $"{label.Chinese}两次给出 {column.Field}（“{first}”和“{property.Name}”），已采用第一个。",
                    $"{label.English} gives the {column.Field} twice (\"{first}\" and \"{property.Name}\"); the first was used.")));
                continue;
            }

            propertyOf[column.Field] = property.Name;
            var (cell, problem) = JsonCellText.Render(property.Value);
            cells[column.Field] = cell;
            if (problem is not null)
            {
                problems.Add(new RowProblem(column.Field, new LocalText(
                    $"{label.Chinese}：“{property.Name}”{problem.Chinese}",
                    $"{label.English}: \"{property.Name}\" {problem.English}")));
            }
        }

        return new HashSet<string>(propertyOf.Keys, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The 1-based column of the error, counted in characters of the line, as an editor shows it.</summary>
    private static int? Column(byte[] utf8, JsonException exception) =>
        exception.BytePositionInLine is { } bytes
            ? Encoding.UTF8.GetCharCount(utf8.AsSpan(0, (int)Math.Min(bytes, utf8.Length))) + 1
            : null;

    /// <summary>The parser's explanation without its own 0-based position, which would contradict ours.</summary>
    private static string Reason(JsonException exception)
    {
        var message = exception.Message;
        var position = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        var path = message.IndexOf(" Path:", StringComparison.Ordinal);
        var cut = new[] { position, path }.Where(index => index >= 0).DefaultIfEmpty(message.Length).Min();
        return message[..cut].Trim();
    }

    private static (string Chinese, string English) Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Array => ("列表", "list"),
        JsonValueKind.String => ("字符串", "string"),
        JsonValueKind.Number => ("数字", "number"),
        JsonValueKind.True or JsonValueKind.False => ("布尔值", "true/false value"),
        _ => ("null", "null"),
    };
}
