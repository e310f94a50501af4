using System.Text;

namespace Huli.Matchmaking.Search;

/// <summary>The tokens an index can hold, the same for every backend: not empty, and not beyond the 32766 UTF-8
/// bytes that Lucene (inside Elasticsearch too) allows for one term, which would make it reject the whole
/// document.</summary>
internal static class IndexableTokens
{
    public const int MaxTermBytes = 32766;

    public static bool IsIndexable(string? token)
    {
        return !string.IsNullOrEmpty(token) && Encoding.UTF8.GetByteCount(token) <= MaxTermBytes;
    }

    public static List<string> Of(IReadOnlyList<string>? tokens)
    {
        return tokens is null ? [] : tokens.Where(IsIndexable).ToList();
    }

    /// <summary>A document's distinct tokens over all its token fields, for reporting matched terms.</summary>
    public static List<string> DistinctOf(SearchDocument document)
    {
        return Of(document.TitleTokens).Concat(Of(document.KeywordTokens)).Concat(Of(document.TextTokens))
            .Distinct(StringComparer.Ordinal).ToList();
    }
}
