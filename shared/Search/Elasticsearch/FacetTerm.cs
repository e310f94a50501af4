namespace Huli.Matchmaking.Search;

/// <summary>
/// A facet as one keyword of the <c>facets</c> field: <c>key=value</c>, with <c>\</c> and <c>=</c> escaped in the
/// key, so that the first unescaped <c>=</c> always ends the key and no two (key, value) pairs share a keyword.
/// One array field instead of a field per key keeps the mapping fixed (no dynamic fields) whatever facets the
/// services invent.
/// </summary>
internal static class FacetTerm
{
    public static string Encode(string key, string value)
    {
        return key.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("=", "\\=", StringComparison.Ordinal) + "=" + value;
    }
}
