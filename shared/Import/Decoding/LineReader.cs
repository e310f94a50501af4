using System.Text;

namespace Huli.Matchmaking.Import.Decoding;

/// <summary>Reads lines (ended by CR, LF or CR LF) without ever holding more than <c>maxLength</c> characters
/// of one: TextReader.ReadLineAsync would buffer a 2 GB line whole.</summary>
internal sealed class LineReader(TextReader reader, int maxLength)
{
    private readonly char[] buffer = new char[16 * 1024];
    private readonly StringBuilder line = new();
    private int position;
    private int length;
    private bool skipLineFeed;

    /// <summary>The 1-based number of the line last read.</summary>
    public int LineNumber { get; private set; }

    /// <summary>The next line, or null at the end of the text.</summary>
    public async ValueTask<TextLine?> ReadLineAsync(CancellationToken cancellationToken)
    {
        line.Clear();
        var tooLong = false;
        var started = false;
        while (true)
        {
            if (position == length)
            {
                length = await reader.ReadAsync(buffer, cancellationToken);
                position = 0;
                if (length == 0)
                {
                    return started ? Finish(tooLong) : null;
                }
            }

            if (skipLineFeed)
            {
                // The LF of a CR LF pair that straddled the end of the previous line.
                skipLineFeed = false;
                if (buffer[position] == '\n')
                {
                    position++;
                    continue;
                }
            }

            started = true;
            var rest = buffer.AsSpan(position, length - position);
            var end = rest.IndexOfAny('\r', '\n');
            var text = end < 0 ? rest : rest[..end];
            if (!tooLong && line.Length + text.Length > maxLength)
            {
                tooLong = true;
                line.Clear();
            }

            if (!tooLong)
            {
                line.Append(text);
            }

            if (end < 0)
            {
                position = length;
                continue;
            }

            position += end + 1;
            skipLineFeed = rest[end] == '\r';
            return Finish(tooLong);
        }
    }

    private TextLine Finish(bool tooLong)
    {
        LineNumber++;
        return new TextLine(tooLong ? null : line.ToString());
    }
}

/// <param name="Text">The line without its line break; null when it was longer than the limit.</param>
internal sealed record TextLine(string? Text);
