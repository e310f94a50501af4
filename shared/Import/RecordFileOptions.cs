using System.Text;

namespace Huli.Matchmaking.Import;

/// <summary>Overrides for what the reader would otherwise detect.</summary>
public sealed record RecordFileOptions
{
    public static RecordFileOptions Default { get; } = new();

    /// <summary>XLSX: the sheet to read (matched ignoring case); null reads the first visible worksheet.</summary>
    public string? SheetName { get; init; }

    /// <summary>CSV: the separator; null detects comma, semicolon or tab from the header line.</summary>
    public char? Delimiter { get; init; }

    /// <summary>CSV and JSON Lines: the text encoding; null detects it (byte order mark, else UTF-8, else GB18030).</summary>
    public Encoding? Encoding { get; init; }

    /// <summary>The longest CSV record or JSON line, in bytes of UTF-8 (about: characters for JSON Lines). It
    /// bounds memory: a CSV quote that is never closed stops the reading there; a longer JSON line is skipped.</summary>
    public int MaxRecordSize { get; init; } = 4 * 1024 * 1024;
}
