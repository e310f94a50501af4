using Huli.Matchmaking.Contracts;

namespace Huli.Matchmaking.Matcher.Ranking.Profiles;

/// <summary>What re-ranking needs of a research result, kept in memory so a query never re-analyses a candidate.</summary>
public sealed record ResultProfile(
    Guid ResultId,
    string Title,
    string Institute,
    AnalysedFields Tokens,
    IReadOnlyList<string> Fields,
    int? Trl = null,
    IReadOnlyList<CooperationMode>? CooperationModes = null,
    string? Region = null,
    decimal? PriceMin = null,
    decimal? PriceMax = null,
    DateOnly? CompletedOn = null);
