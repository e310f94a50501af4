namespace Huli.Matchmaking.Search;

/// <summary>One filter of a request: a document passes when one of its values for <see cref="Key"/> is among
/// <see cref="Values"/> (distinct, never null; empty means nothing passes).</summary>
internal sealed record FacetFilter(string Key, IReadOnlyList<string> Values)
{
    public static IReadOnlyList<FacetFilter> FromRequest(IReadOnlyDictionary<string, IReadOnlyList<string>>? filters)
    {
        return (filters ?? new Dictionary<string, IReadOnlyList<string>>())
            .Select(pair => new FacetFilter(
                pair.Key,
                (pair.Value ?? []).Where(value => value is not null).Distinct(StringComparer.Ordinal).ToList()))
            .ToList();
    }
}
