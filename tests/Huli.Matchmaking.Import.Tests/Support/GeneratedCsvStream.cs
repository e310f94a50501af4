using System.Text;

namespace Huli.Matchmaking.Import.Tests.Support;

/// <summary>A CSV upload produced while it is read, so that the test itself holds no more than one row of it.</summary>
internal sealed class GeneratedCsvStream(string header, int rows, Func<int, string> row) : Stream
{
    private byte[] pending = Encoding.UTF8.GetBytes(header + "\r\n");
    private int offset;
    private int next = 1;

    public long BytesProduced { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var written = 0;
        while (written < buffer.Length)
        {
            if (offset == pending.Length)
            {
                if (next > rows)
                {
                    break;
                }

                pending = Encoding.UTF8.GetBytes(row(next++) + "\r\n");
                offset = 0;
            }

            var count = Math.Min(buffer.Length - written, pending.Length - offset);
            pending.AsSpan(offset, count).CopyTo(buffer[written..]);
            offset += count;
            written += count;
        }

        BytesProduced += written;
        return written;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
