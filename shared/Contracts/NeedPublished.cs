namespace Huli.Matchmaking.Contracts;

/// <summary>A technical need was posted or changed. It carries the full text because only services of the
/// system consume it; confidentiality is enforced where people read, not on the bus. Budgets are in 万元.</summary>
public record NeedPublished(
    Guid NeedId,
    int Version,
    string Title,
    string Description,
    IReadOnlyList<string> Keywords,
    IReadOnlyList<string> Fields,
    string Enterprise,
    NeedConfidentiality Confidentiality,
    DateTimeOffset PublishedAt,
    string? QuantifiedTargets = null,
    int? TrlMin = null,
    int? TrlMax = null,
    IReadOnlyList<CooperationMode>? CooperationModes = null,
    decimal? BudgetMin = null,
    decimal? BudgetMax = null,
    DateOnly? Deadline = null,
    string? Region = null,
    string? Language = null);
