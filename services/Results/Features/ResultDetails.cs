using Huli.Matchmaking.Results.Domain;

namespace Huli.Matchmaking.Results.Features;

/// <summary>A research result as the API returns it.</summary>
public sealed record ResultDetails(
    Guid Id,
    string? ExternalId,
    string Title,
    string Abstract,
    IReadOnlyList<string> Keywords,
    IReadOnlyList<string> Fields,
    int? Trl,
    string Institute,
    ResultStatus Status,
    int Version,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    public static ResultDetails From(ResearchResult r) => new(
        r.Id, r.ExternalId, r.Title, r.Abstract, r.Keywords, r.Fields, r.Trl, r.Institute, r.Status, r.Version, r.CreatedAt, r.UpdatedAt);
}
