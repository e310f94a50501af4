using Huli.Matchmaking.ServiceDefaults.Taxonomy;

namespace Huli.Matchmaking.ServiceDefaults.Problems;

public static class FieldErrorsTaxonomy
{
    public static FieldErrors RequireIndustryFields(this FieldErrors errors, string field, IReadOnlyList<string>? codes, int maxCount)
    {
        if (codes is null || codes.Count == 0)
        {
            return errors.Add(field, $"Name at least one industry field: {string.Join(", ", IndustryFields.All.Keys)}.");
        }

        if (codes.Count > maxCount)
        {
            errors.Add(field, $"At most {maxCount} industry fields.");
        }

        for (var i = 0; i < codes.Count; i++)
        {
            if (!IndustryFields.IsKnown(codes[i]))
            {
                errors.Add($"{field}[{i}]", $"Unknown industry field '{codes[i]}'; use one of: {string.Join(", ", IndustryFields.All.Keys)}.");
            }
        }

        return errors;
    }
}
