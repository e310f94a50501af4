namespace Huli.Matchmaking.Contracts;

/// <summary>The enterprise that owns a need asked the alliance office to put it in touch with a matched
/// institute.</summary>
public record ContactRequested(
    Guid PairingId,
    Guid NeedId,
    Guid ResultId,
    string Enterprise,
    string RequestedBy,
    string? Notes,
    DateTimeOffset RequestedAt);
