using System.Text;

namespace Huli.Matchmaking.Import.Decoding;

/// <summary>The decoders used for uploads. They all turn bytes they cannot decode into U+FFFD instead of
/// throwing, so one damaged row becomes a row problem (see <see cref="Undecodable"/>) rather than a failed file.</summary>
internal static class TextEncodings
{
    public static Encoding StrictUtf8 { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static Encoding Utf8 { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    public static Encoding Utf16LittleEndian { get; } = new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: false);

    public static Encoding Utf16BigEndian { get; } = new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: false);

    /// <summary>Taken from the provider rather than registered with Encoding.RegisterProvider, so reading an
    /// upload changes nothing process-wide.</summary>
    public static Encoding Gb18030 { get; } = Replacing(
        CodePagesEncodingProvider.Instance.GetEncoding(54936)
        ?? throw new InvalidOperationException("GB18030 (code page 54936) is not available."));

    /// <summary>A copy of <paramref name="encoding"/> that decodes bad bytes as U+FFFD.</summary>
    public static Encoding Replacing(Encoding encoding)
    {
        var copy = (Encoding)encoding.Clone();
        copy.DecoderFallback = new DecoderReplacementFallback("\uFFFD");
        return copy;
    }
}
