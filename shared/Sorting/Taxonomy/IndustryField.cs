namespace Huli.Matchmaking.Sorting.Taxonomy;

/// <summary>One field of the taxonomy. <see cref="NationalFields"/> holds the national high-tech field codes a
/// district field maps to (empty for national fields). The indicative terms, used to classify records, exist for
/// district fields only.</summary>
public sealed record IndustryField(
    string Code,
    FieldGroup Group,
    string ChineseName,
    string EnglishName,
    string ChineseDescription,
    string EnglishDescription,
    IReadOnlyList<string> NationalFields,
    IReadOnlyList<string> ChineseTerms,
    IReadOnlyList<string> EnglishTerms)
{
    /// <summary>The name in a record language: "en" gives the English name, anything else (zh, mixed, none)
    /// the Chinese one, Chinese being the platform's primary language.</summary>
    public string Name(string? language) => IsEnglish(language) ? EnglishName : ChineseName;

    public string Description(string? language) => IsEnglish(language) ? EnglishDescription : ChineseDescription;

    private static bool IsEnglish(string? language) =>
        language is not null && language.StartsWith("en", StringComparison.OrdinalIgnoreCase);
}
