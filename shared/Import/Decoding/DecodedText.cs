namespace Huli.Matchmaking.Import.Decoding;

/// <param name="Reader">The text after any byte order mark.</param>
/// <param name="EncodingName">The encoding, as the header reports it.</param>
/// <param name="Preview">The start of the text, for sniffing the CSV separator.</param>
internal sealed record DecodedText(TextReader Reader, string EncodingName, string Preview);
