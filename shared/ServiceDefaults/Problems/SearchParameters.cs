using Huli.Matchmaking.ServiceDefaults.Taxonomy;

namespace Huli.Matchmaking.ServiceDefaults.Problems;

/// <summary>The query-string rules every search endpoint shares.</summary>
public static class SearchParameters
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;
    public const int MaxQueryLength = 1_000;

    /// <summary>The text is optional: without it a search lists the newest records that pass the filters.</summary>
    public static FieldErrors Validate(string? text, string? field, int? page, int? pageSize, int? trlMin = null, int? trlMax = null)
    {
        var errors = new FieldErrors().LimitText("q", text, MaxQueryLength).Trl("trlMin", trlMin).Trl("trlMax", trlMax);
        if (trlMin is { } low && trlMax is { } high && low > high)
        {
            errors.Add("trlMax", "Must not be below trlMin.");
        }

        if (field is not null && !IndustryFields.IsKnown(field))
        {
            errors.Add("field", $"Unknown industry field; use one of: {IndustryFields.CodeList}.");
        }

        if (page is < 1 or > 1_000)
        {
            errors.Add("page", "A page number is 1 to 1,000.");
        }

        if (pageSize is < 1 or > MaxPageSize)
        {
            errors.Add("pageSize", $"A page holds 1 to {MaxPageSize} hits.");
        }

        return errors;
    }
}
