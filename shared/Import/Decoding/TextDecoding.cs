using System.Buffers;
using System.Text;

namespace Huli.Matchmaking.Import.Decoding;

/// <summary>Opens an upload as text, choosing its encoding without holding the file in memory.</summary>
/// <remarks>
/// A byte order mark decides (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE). Without one the first 64 KB are kept and
/// checked as strict UTF-8; invalid bytes mean GB18030, the superset of GBK and GB2312 that Chinese Excel and
/// WPS save "CSV" in. When those 64 KB are pure ASCII (English headings, numbers) they prove nothing, so on a
/// seekable stream the check looks on from the first non-ASCII byte, up to another 64 KB, then seeks back.
/// The file is never judged by a late stray byte: a UTF-8 file with one corrupt row stays UTF-8, and that
/// row shows U+FFFD, which the readers report as that row's problem.
/// </remarks>
internal static class TextDecoding
{
    private const int SniffLength = 64 * 1024;
    private const int PreviewLength = 8 * 1024;

    public static async Task<DecodedText> OpenAsync(Stream stream, Encoding? forced, CancellationToken cancellationToken)
    {
        var start = stream.CanSeek ? stream.Position : 0;
        var sniff = new byte[SniffLength];
        var length = await stream.ReadAtLeastAsync(sniff, SniffLength, throwOnEndOfStream: false, cancellationToken);
        var atEnd = length < SniffLength;

        var (encoding, name, markLength) = forced is not null
            ? (TextEncodings.Replacing(forced), forced.WebName, StartsWith(sniff.AsSpan(0, length), forced.Preamble) ? forced.Preamble.Length : 0)
            : ByteOrderMark(sniff.AsSpan(0, length)) ?? await ByContentAsync(stream, start, sniff, length, atEnd, cancellationToken);

        var replay = sniff.AsSpan(markLength, length - markLength).ToArray();
        var preview = encoding.GetString(replay, 0, Math.Min(replay.Length, PreviewLength));
        var reader = new StreamReader(new PrefixedStream(replay, stream), encoding, detectEncodingFromByteOrderMarks: false, bufferSize: 16 * 1024);
        return new DecodedText(reader, name, preview);
    }

    private static (Encoding, string, int)? ByteOrderMark(ReadOnlySpan<byte> start) => start switch
    {
        [0xEF, 0xBB, 0xBF, ..] => (TextEncodings.Utf8, "UTF-8 (BOM)", 3),
        [0xFF, 0xFE, 0x00, 0x00, ..] => (TextEncodings.Replacing(new UTF32Encoding(false, false)), "UTF-32LE (BOM)", 4),
        [0x00, 0x00, 0xFE, 0xFF, ..] => (TextEncodings.Replacing(new UTF32Encoding(true, false)), "UTF-32BE (BOM)", 4),
        [0xFF, 0xFE, ..] => (TextEncodings.Utf16LittleEndian, "UTF-16LE (BOM)", 2),
        [0xFE, 0xFF, ..] => (TextEncodings.Utf16BigEndian, "UTF-16BE (BOM)", 2),
        _ => null,
    };

    private static async Task<(Encoding, string, int)> ByContentAsync(
        Stream stream, long start, byte[] sniff, int length, bool atEnd, CancellationToken cancellationToken)
    {
        var isUtf8 = IsUtf8(TextEncodings.StrictUtf8.GetDecoder(), sniff.AsSpan(0, length), flush: atEnd);
        if (isUtf8 && !atEnd && stream.CanSeek && Ascii.IsValid(sniff.AsSpan(0, length)))
        {
            isUtf8 = await RestLooksLikeUtf8Async(stream, cancellationToken);
            stream.Seek(start + length, SeekOrigin.Begin);
        }

        return isUtf8 ? (TextEncodings.Utf8, "UTF-8", 0) : (TextEncodings.Gb18030, "GB18030", 0);
    }

    /// <summary>Checks up to <see cref="SniffLength"/> bytes from the first non-ASCII byte onwards.</summary>
    private static async Task<bool> RestLooksLikeUtf8Async(Stream stream, CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(SniffLength);
        try
        {
            var decoder = TextEncodings.StrictUtf8.GetDecoder();
            var checkedLength = -1;
            while (true)
            {
                var read = await stream.ReadAsync(buffer.AsMemory(0, SniffLength), cancellationToken);
                if (read == 0)
                {
                    return checkedLength < 0 || IsUtf8(decoder, [], flush: true);
                }

                var chunk = buffer.AsSpan(0, read);
                if (checkedLength < 0)
                {
                    var firstNonAscii = chunk.IndexOfAnyExceptInRange((byte)0x00, (byte)0x7F);
                    if (firstNonAscii < 0)
                    {
                        continue;
                    }

                    chunk = chunk[firstNonAscii..];
                    checkedLength = 0;
                }

                if (!IsUtf8(decoder, chunk, flush: false))
                {
                    return false;
                }

                checkedLength += chunk.Length;
                if (checkedLength >= SniffLength)
                {
                    return true;
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <param name="flush">False when the bytes may stop inside a character that continues later.</param>
    private static bool IsUtf8(Decoder decoder, ReadOnlySpan<byte> bytes, bool flush)
    {
        try
        {
            decoder.GetCharCount(bytes, flush);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    private static bool StartsWith(ReadOnlySpan<byte> bytes, ReadOnlySpan<byte> preamble) =>
        !preamble.IsEmpty && bytes.StartsWith(preamble);
}
