using Huli.Matchmaking.Results.Domain;
using Huli.Matchmaking.ServiceDefaults.Problems;
using Huli.Matchmaking.ServiceDefaults.Security;

namespace Huli.Matchmaking.Results.Features.Publishing;

/// <summary>What an institute sends to list or change a result.</summary>
public sealed record ResultInput(
    string? Title,
    string? Abstract,
    IReadOnlyList<string>? Keywords,
    IReadOnlyList<string>? Fields,
    int? Trl,
    string? Institute = null,
    string? ExternalId = null)
{
    public FieldErrors Validate(Caller caller)
    {
        var errors = new FieldErrors()
            .RequireText("title", Title, ResultLimits.Title)
            .RequireText("abstract", Abstract, ResultLimits.Abstract)
            .LimitList("keywords", Keywords, ResultLimits.Keywords, ResultLimits.Keyword)
            .RequireIndustryFields("fields", Fields, ResultLimits.Fields)
            .LimitText("institute", Institute, ResultLimits.Institute)
            .LimitText("externalId", ExternalId, ResultLimits.ExternalId);
        if (Trl is < 1 or > 9)
        {
            errors.Add("trl", "A technology readiness level (GB/T 22900) is 1 to 9.");
        }

        // Institutes list their own results; a coordinator lists on an institute's behalf and must say whose.
        if (caller.IsCoordinator && string.IsNullOrWhiteSpace(Institute))
        {
            errors.Add("institute", "Required when a coordinator lists a result.");
        }
        else if (!caller.IsCoordinator && Institute is not null && Institute != caller.Organisation)
        {
            errors.Add("institute", "An institute lists results under its own name only.");
        }

        return errors;
    }

    public string InstituteFor(Caller caller) => caller.IsCoordinator ? Institute!.Trim() : caller.Organisation;

    /// <summary>Copies the input onto the record; true when anything changed.</summary>
    public bool ApplyTo(ResearchResult result)
    {
        var keywords = Clean(Keywords);
        var fields = Clean(Fields);
        var changed = result.Title != Title!.Trim()
            || result.Abstract != Abstract!.Trim()
            || result.Trl != Trl
            || !result.Keywords.SequenceEqual(keywords)
            || !result.Fields.SequenceEqual(fields);
        result.Title = Title!.Trim();
        result.Abstract = Abstract!.Trim();
        result.Trl = Trl;
        result.Keywords = keywords;
        result.Fields = fields;
        return changed;
    }

    private static List<string> Clean(IReadOnlyList<string>? values) =>
        values?.Select(v => v.Trim()).Distinct(StringComparer.Ordinal).ToList() ?? [];
}
