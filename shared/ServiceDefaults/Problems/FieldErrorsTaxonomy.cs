using Huli.Matchmaking.ServiceDefaults.Taxonomy;

namespace Huli.Matchmaking.ServiceDefaults.Problems;

public static class FieldErrorsTaxonomy
{
    /// <summary>Industry fields are optional: a record that names none is classified from its text.</summary>
    public static FieldErrors IndustryFieldCodes(this FieldErrors errors, string field, IReadOnlyList<string>? codes, int maxCount)
    {
        if (codes is null)
        {
            return errors;
        }

        if (codes.Count > maxCount)
        {
            errors.Add(field, $"At most {maxCount} industry fields.");
        }

        for (var i = 0; i < codes.Count; i++)
        {
            if (!IndustryFields.IsKnown(codes[i]))
            {
                errors.Add($"{field}[{i}]", $"Unknown industry field '{codes[i]}'; use one of: {IndustryFields.CodeList}.");
            }
        }

        return errors;
    }
}
