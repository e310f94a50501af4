using Huli.Matchmaking.Contracts;
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
    bool KeywordsExtracted,
    double? FieldConfidence,
    int? Trl,
    string Institute,
    string? Team,
    string? ContactName,
    string? ContactPhone,
    string? ContactEmail,
    ResultForm? Form,
    IpStatus? IpStatus,
    IReadOnlyList<string> PatentNumbers,
    IReadOnlyList<CooperationMode> CooperationModes,
    decimal? PriceMin,
    decimal? PriceMax,
    string? Region,
    DateOnly? CompletedOn,
    DateOnly? ValidUntil,
    string Language,
    IReadOnlyList<RecordSource> Sources,
    IReadOnlyList<string> AlternateIds,
    ResultStatus Status,
    int Version,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    public static ResultDetails From(ResearchResult r) => new(
        r.Id, r.ExternalId, r.Title, r.Abstract, r.Keywords, r.Fields, r.KeywordsExtracted, r.FieldConfidence, r.Trl, r.Institute, r.Team, r.ContactName,
        r.ContactPhone, r.ContactEmail, r.Form, r.IpStatus, r.PatentNumbers, r.CooperationModes, r.PriceMin, r.PriceMax,
        r.Region, r.CompletedOn, r.ValidUntil, r.Language, r.Sources, r.AlternateIds, r.Status, r.Version, r.CreatedAt, r.UpdatedAt);
}
