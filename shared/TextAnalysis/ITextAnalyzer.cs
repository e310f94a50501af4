namespace Huli.Matchmaking.TextAnalysis;

/// <summary>Turns Chinese, English or mixed text into the normalised tokens that both the index and the
/// queries use, so every search backend ranks the same tokens.</summary>
public interface ITextAnalyzer
{
    /// <summary>Tokens in text order, duplicates kept (term frequency matters to BM25).</summary>
    IReadOnlyList<string> Tokenize(string? text);
}
