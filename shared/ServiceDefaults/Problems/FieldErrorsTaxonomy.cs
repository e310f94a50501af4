using Huli.Matchmaking.Localisation;
using Huli.Matchmaking.ServiceDefaults.Taxonomy;

namespace Huli.Matchmaking.ServiceDefaults.Problems;

public static class FieldErrorsTaxonomy
{
    /// <summary>One optional industry field, as a search filter names it.</summary>
    public static FieldErrors IndustryFieldCode(this FieldErrors errors, string field, string? code) =>
        code is not null && !IndustryFields.IsKnown(code)
            ? errors.Add(field, new LocalText(
                $"未知的行业领域；请使用以下之一：{IndustryFields.CodeList}。",
                $"Unknown industry field; use one of: {IndustryFields.CodeList}."))
            : errors;

    /// <summary>Industry fields are optional: a record that names none is classified from its text.</summary>
    public static FieldErrors IndustryFieldCodes(this FieldErrors errors, string field, IReadOnlyList<string>? codes, int maxCount)
    {
        if (codes is null)
        {
            return errors;
        }

        if (codes.Count > maxCount)
        {
            errors.Add(field, new LocalText($"最多 {maxCount} 个行业领域。", $"At most {maxCount} industry fields."));
        }

        for (var i = 0; i < codes.Count; i++)
        {
            if (!IndustryFields.IsKnown(codes[i]))
            {
                errors.Add($"{field}[{i}]", new LocalText(
                    $"未知的行业领域“{codes[i]}”；请使用以下之一：{IndustryFields.CodeList}。",
                    $"Unknown industry field '{codes[i]}'; use one of: {IndustryFields.CodeList}."));
            }
        }

        return errors;
    }
}
