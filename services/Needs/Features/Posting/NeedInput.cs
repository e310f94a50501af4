using Huli.Matchmaking.Contracts;
using Huli.Matchmaking.Needs.Domain;
using Huli.Matchmaking.ServiceDefaults.Problems;
using Huli.Matchmaking.ServiceDefaults.Security;

namespace Huli.Matchmaking.Needs.Features.Posting;

/// <summary>What an enterprise sends to post or change a need.</summary>
public sealed record NeedInput(
    string? Title,
    string? Description,
    IReadOnlyList<string>? Keywords,
    IReadOnlyList<string>? Fields,
    NeedConfidentiality? Confidentiality,
    string? Enterprise = null,
    string? ExternalId = null)
{
    public FieldErrors Validate(Caller caller)
    {
        var errors = new FieldErrors()
            .RequireText("title", Title, NeedLimits.Title)
            .RequireText("description", Description, NeedLimits.Description)
            .LimitList("keywords", Keywords, NeedLimits.Keywords, NeedLimits.Keyword)
            .RequireIndustryFields("fields", Fields, NeedLimits.Fields)
            .LimitText("enterprise", Enterprise, NeedLimits.Enterprise)
            .LimitText("externalId", ExternalId, NeedLimits.ExternalId);

        // Enterprises post their own needs; a coordinator posts on an enterprise's behalf and must say whose.
        if (caller.IsCoordinator && string.IsNullOrWhiteSpace(Enterprise))
        {
            errors.Add("enterprise", "Required when a coordinator posts a need.");
        }
        else if (!caller.IsCoordinator && Enterprise is not null && Enterprise != caller.Organisation)
        {
            errors.Add("enterprise", "An enterprise posts needs under its own name only.");
        }

        return errors;
    }

    public string EnterpriseFor(Caller caller) => caller.IsCoordinator ? Enterprise!.Trim() : caller.Organisation;

    /// <summary>Copies the input onto the need; true when anything changed. A need is public unless its owner
    /// says otherwise.</summary>
    public bool ApplyTo(Need need)
    {
        var keywords = Clean(Keywords);
        var fields = Clean(Fields);
        var confidentiality = Confidentiality ?? NeedConfidentiality.Public;
        var changed = need.Title != Title!.Trim()
            || need.Description != Description!.Trim()
            || need.Confidentiality != confidentiality
            || !need.Keywords.SequenceEqual(keywords)
            || !need.Fields.SequenceEqual(fields);
        need.Title = Title!.Trim();
        need.Description = Description!.Trim();
        need.Confidentiality = confidentiality;
        need.Keywords = keywords;
        need.Fields = fields;
        return changed;
    }

    private static List<string> Clean(IReadOnlyList<string>? values) =>
        values?.Select(v => v.Trim()).Distinct(StringComparer.Ordinal).ToList() ?? [];
}
