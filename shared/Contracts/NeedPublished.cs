namespace Huli.Matchmaking.Contracts;

/// <summary>A technical need was posted or changed. It carries the full text because only services of the
/// system consume it; confidentiality is enforced where people read, not on the bus.</summary>
public record NeedPublished(
    Guid NeedId,
    int Version,
    string Title,
    string Description,
    IReadOnlyList<string> Keywords,
    IReadOnlyList<string> Fields,
    string Enterprise,
    NeedConfidentiality Confidentiality,
    DateTimeOffset PublishedAt);
