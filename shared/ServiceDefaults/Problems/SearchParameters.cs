using Huli.Matchmaking.Localisation;
using Huli.Matchmaking.ServiceDefaults.Taxonomy;

namespace Huli.Matchmaking.ServiceDefaults.Problems;

/// <summary>The query-string rules every search endpoint shares.</summary>
public static class SearchParameters
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;
    public const int MaxQueryLength = 1_000;

    /// <summary>How deep paging goes, on either search backend: Elasticsearch serves only the first 10,000 hits of a
    /// search (its default result window), and the embedded profile keeps to the same limit so that the two
    /// profiles answer alike. Nobody pages that far; a narrower search finds the rest.</summary>
    public const int MaxHitsPaged = 10_000;

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
        else if (page is >= 1 and <= 1_000 && (long)page * (pageSize ?? DefaultPageSize) > MaxHitsPaged)
        {
            errors.Add("page", new LocalText(
                $"分页只能翻到前 {MaxHitsPaged:N0} 条结果；请缩小检索范围或增加筛选条件。",
                $"Paging reaches the first {MaxHitsPaged:N0} hits only; narrow the search or add filters."));
        }

        return errors;
    }
}
