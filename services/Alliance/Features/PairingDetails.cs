using Huli.Matchmaking.Alliance.Domain;
using Huli.Matchmaking.Contracts;

namespace Huli.Matchmaking.Alliance.Features;

public sealed record PairingDetails(
    Guid Id,
    Guid NeedId,
    string NeedTitle,
    string Enterprise,
    Guid ResultId,
    string ResultTitle,
    string Institute,
    int? Rank,
    double Score,
    IReadOnlyList<string> MatchedTerms,
    IReadOnlyList<RankingReason> Reasons,
    PairingStatus Status,
    string? DecidedBy,
    DateTimeOffset? DecidedAt,
    string? RejectionReason,
    int Version)
{
    public static PairingDetails From(Pairing p) => new(
        p.Id, p.NeedId, p.NeedTitle, p.Enterprise, p.ResultId, p.ResultTitle, p.Institute, p.Rank, p.Score,
        p.MatchedTerms, [.. p.Reasons.Select(r => new RankingReason(r.Feature, r.Contribution, r.Chinese, r.English))], p.Status, p.DecidedBy, p.DecidedAt, p.RejectionReason, p.Version);
}
