using Huli.Matchmaking.Contracts;
using Huli.Matchmaking.Needs.Domain;
using Huli.Matchmaking.ServiceDefaults.Security;

namespace Huli.Matchmaking.Needs.Features;

/// <summary>A need as the API returns it to one caller. Where the caller may only see a summary, the
/// description, the targets and the contact are null.</summary>
public sealed record NeedDetails(
    Guid Id,
    string? ExternalId,
    string Title,
    string? Description,
    IReadOnlyList<string> Keywords,
    IReadOnlyList<string> Fields,
    NeedConfidentiality Confidentiality,
    string Enterprise,
    string? QuantifiedTargets,
    int? TrlMin,
    int? TrlMax,
    IReadOnlyList<CooperationMode> CooperationModes,
    decimal? BudgetMin,
    decimal? BudgetMax,
    DateOnly? Deadline,
    string? Region,
    string? ContactName,
    string? ContactPhone,
    string? ContactEmail,
    string Language,
    IReadOnlyList<RecordSource> Sources,
    NeedStatus Status,
    int Version,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    public static NeedDetails For(Need n, Caller caller)
    {
        var whole = caller.MaySeeDescription(n);
        return new(
            n.Id,
            caller.SeesEverything(n) ? n.ExternalId : null,
            n.Title,
            whole ? n.Description : null,
            n.Keywords,
            n.Fields,
            n.Confidentiality,
            n.Enterprise,
            whole ? n.QuantifiedTargets : null,
            n.TrlMin,
            n.TrlMax,
            n.CooperationModes,
            whole ? n.BudgetMin : null,
            whole ? n.BudgetMax : null,
            n.Deadline,
            n.Region,
            whole ? n.ContactName : null,
            whole ? n.ContactPhone : null,
            whole ? n.ContactEmail : null,
            n.Language,
            n.Sources,
            n.Status,
            n.Version,
            n.CreatedAt,
            n.UpdatedAt);
    }
}
