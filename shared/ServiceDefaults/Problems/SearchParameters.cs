using Huli.Matchmaking.Localisation;
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
        var errors = new FieldErrors().LimitText("q", text, MaxQueryLength)
            .Trl("trlMin", trlMin)
            .Trl("trlMax", trlMax)
            .NotBelow("trlMin", trlMin, "trlMax", trlMax)
            .IndustryFieldCode("field", field);

        if (page is < 1 or > 1_000)
        {
            errors.Add("page", new LocalText("页码为 1 到 1,000。", "A page number is 1 to 1,000."));
        }

        if (pageSize is < 1 or > MaxPageSize)
        {
            errors.Add("pageSize", new LocalText($"每页可含 1 到 {MaxPageSize} 条结果。", $"A page holds 1 to {MaxPageSize} hits."));
        }

        return errors;
    }
}
