namespace Huli.Matchmaking.Search;

/// <summary>A record as the index sees it: already analysed token streams per field, plus exact-match facets
/// (for example <c>status=open</c>, <c>field=smart-equipment</c>) that filters use, and the record's date (when it
/// was published, say) for listing newest first. <paramref name="KeepsMatchedTerms"/> is false for an index nobody
/// asks for matched terms (the Matcher's): its distinct tokens, the largest stored value, are then neither stored
/// nor merged again and again, and its hits name no matched terms.</summary>
public sealed record SearchDocument(
    string Id,
    IReadOnlyList<string> TitleTokens,
    IReadOnlyList<string> KeywordTokens,
    IReadOnlyList<string> TextTokens,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Facets,
    DateTimeOffset? Date = null,
    bool KeepsMatchedTerms = true);
