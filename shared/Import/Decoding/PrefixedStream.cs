namespace Huli.Matchmaking.Import.Decoding;

/// <summary>Gives back the bytes already read to sniff the encoding, then the rest of the upload, so that a
/// stream that cannot seek is still read only once. It does not dispose the upload, which the caller owns.</summary>
internal sealed class PrefixedStream(byte[] prefix, Stream rest) : Stream
{
    private int position;

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
        if (position < prefix.Length)
        {
            return Take(buffer);
        }

        return rest.Read(buffer);
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (position < prefix.Length)
        {
            return ValueTask.FromResult(Take(buffer.Span));
        }

        return rest.ReadAsync(buffer, cancellationToken);
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    private int Take(Span<byte> buffer)
    {
        var count = Math.Min(buffer.Length, prefix.Length - position);
        prefix.AsSpan(position, count).CopyTo(buffer);
        position += count;
        return count;
    }
}
