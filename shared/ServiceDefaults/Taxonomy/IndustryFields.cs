using Huli.Matchmaking.Sorting.Taxonomy;

namespace Huli.Matchmaking.ServiceDefaults.Taxonomy;

/// <summary>The industry fields records are filed under: the district's key industrial chains of the taxonomy
/// file (each mapped there to the national high-tech fields). Validation, filters and imports all ask here.</summary>
public static class IndustryFields
{
    public static IReadOnlyList<IndustryField> District => IndustryTaxonomy.Default.DistrictFields;

    public static IEnumerable<string> Codes => District.Select(f => f.Code);

    public static string CodeList => string.Join(", ", Codes);

    public static bool IsKnown(string code) => IndustryTaxonomy.Default.Find(code) is { Group: FieldGroup.District };

    /// <summary>A field by its code or by its Chinese or English name, as people write it in files.</summary>
    public static bool TryResolve(string word, out string code)
    {
        code = District
            .Where(f => f.Code == word || f.ChineseName == word || string.Equals(f.EnglishName, word, StringComparison.OrdinalIgnoreCase))
            .Select(f => f.Code)
            .FirstOrDefault() ?? "";
        return code.Length > 0;
    }
}
