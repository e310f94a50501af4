namespace Huli.Matchmaking.Contracts;

/// <summary>A research result was created or changed. <paramref name="Version"/> grows with every change,
/// so a consumer can drop a copy that arrives late. Prices are in 万元.</summary>
public record ResultPublished(
    Guid ResultId,
    int Version,
    string Title,
    string Abstract,
    IReadOnlyList<string> Keywords,
    IReadOnlyList<string> Fields,
    int? Trl,
    string Institute,
    DateTimeOffset PublishedAt,
    IReadOnlyList<CooperationMode>? CooperationModes = null,
    string? Region = null,
    decimal? PriceMin = null,
    decimal? PriceMax = null,
    DateOnly? CompletedOn = null,
    string? Language = null);
