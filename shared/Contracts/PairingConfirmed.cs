namespace Huli.Matchmaking.Contracts;

/// <summary>A coordinator confirmed a pairing. <paramref name="Institute"/> (the result's institute) came later
/// and is null from senders that predate it; the Needs service releases a sealed need to it.</summary>
public record PairingConfirmed(
    Guid PairingId,
    Guid NeedId,
    Guid ResultId,
    string ConfirmedBy,
    DateTimeOffset ConfirmedAt,
    string? Institute = null);
