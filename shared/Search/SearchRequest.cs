namespace Huli.Matchmaking.Search;

/// <summary>A BM25 query over analysed tokens. Every filter must hold: a document matches a filter when one
/// of its facet values for that key equals one of the filter's values.</summary>
public sealed record SearchRequest(
    IReadOnlyList<string> QueryTokens,
    int Top,
    IReadOnlyDictionary<string, IReadOnlyList<string>>? Filters = null,
    FieldWeights? Weights = null);

/// <summary>How much a match in each field counts.</summary>
public sealed record FieldWeights(float Title, float Keywords, float Text)
{
    public static FieldWeights Default { get; } = new(2.0f, 1.5f, 1.0f);
}
