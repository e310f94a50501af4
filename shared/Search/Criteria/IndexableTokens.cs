using System.Text;

namespace Huli.Matchmaking.Search;

/// <summary>The tokens an index can hold, the same for every backend: not empty, not beyond the 32766 UTF-8
/// bytes that Lucene (inside Elasticsearch too) allows for one term, which would make it reject the whole
/// document, and without the separator that the Lucene index joins a document's stored tokens with.</summary>
internal static class IndexableTokens
{
    public const int MaxTermBytes = 32766;

    /// <summary>U+001F (unit separator): a control character, which the analysers never put in a token.</summary>
    public const char StoredSeparator = '\u001F';

    /// <summary>Any string up to this many UTF-16 units fits in <see cref="MaxTermBytes"/> (at most 3 UTF-8
    /// bytes per unit), so the common token is checked without counting its bytes.</summary>
    private const int SurelyShortEnough = MaxTermBytes / 3;

    public static bool IsIndexable(string? token)
    {
        return !string.IsNullOrEmpty(token)
            && (token.Length <= SurelyShortEnough || Encoding.UTF8.GetByteCount(token) <= MaxTermBytes)
            && !token.Contains(StoredSeparator);
    }

    public static List<string> Of(IReadOnlyList<string>? tokens)
    {
        if (tokens is null)
        {
            return [];
        }

        var indexable = new List<string>(tokens.Count);
        foreach (var token in tokens)
        {
            if (IsIndexable(token))
            {
                indexable.Add(token);
            }
        }

        return indexable;
    }

    /// <summary>The distinct tokens over a document's token fields (already made indexable), in first-seen
    /// order, for reporting matched terms.</summary>
    public static List<string> DistinctOf(params List<string>[] fields)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var distinct = new List<string>();
        foreach (var field in fields)
        {
            foreach (var token in field)
            {
                if (seen.Add(token))
                {
                    distinct.Add(token);
                }
            }
        }

        return distinct;
    }
}
