using Huli.Matchmaking.Contracts;
using Huli.Matchmaking.Needs.Domain;
using Huli.Matchmaking.ServiceDefaults.Security;

namespace Huli.Matchmaking.Needs.Features;

/// <summary>A need as the API returns it to one caller: the description is null where the caller may only see
/// a summary.</summary>
public sealed record NeedDetails(
    Guid Id,
    string? ExternalId,
    string Title,
    string? Description,
    IReadOnlyList<string> Keywords,
    IReadOnlyList<string> Fields,
    NeedConfidentiality Confidentiality,
    string Enterprise,
    NeedStatus Status,
    int Version,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    public static NeedDetails For(Need n, Caller caller) => new(
        n.Id,
        caller.SeesEverything(n) ? n.ExternalId : null,
        n.Title,
        caller.MaySeeDescription(n) ? n.Description : null,
        n.Keywords,
        n.Fields,
        n.Confidentiality,
        n.Enterprise,
        n.Status,
        n.Version,
        n.CreatedAt,
        n.UpdatedAt);
}
