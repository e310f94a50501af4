using Huli.Matchmaking.Alliance.Domain;
using Huli.Matchmaking.Contracts;

namespace Huli.Matchmaking.Alliance.Features.Review;

/// <summary>A pairing as the review queue and the board list it.</summary>
public record PairingSummary(
    Guid Id,
    Guid NeedId,
    string NeedTitle,
    string Enterprise,
    IReadOnlyList<string> NeedFields,
    Guid ResultId,
    string ResultTitle,
    string Institute,
    int? Rank,
    double Score,
    IReadOnlyList<string> MatchedTerms,
    IReadOnlyList<RankingReason> Reasons,
    PairingStatus Status,
    DateTimeOffset StateSince,
    bool Flagged,
    string? DecidedBy,
    DateTimeOffset? DecidedAt,
    string? RejectionReason,
    int Version)
{
    public static PairingSummary From(Pairing p) => new(
        p.Id, p.NeedId, p.NeedTitle, p.Enterprise, p.NeedFields, p.ResultId, p.ResultTitle, p.Institute, p.Rank, p.Score,
        p.MatchedTerms, ReasonsOf(p), p.Status, p.InStateSince, p.FlaggedAt is not null, p.DecidedBy, p.DecidedAt, p.RejectionReason, p.Version);

    public static IReadOnlyList<RankingReason> ReasonsOf(Pairing p) =>
        [.. p.Reasons.Select(r => new RankingReason(r.Feature, r.Contribution, r.Chinese, r.English))];
}
