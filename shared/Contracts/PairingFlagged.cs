namespace Huli.Matchmaking.Contracts;

/// <summary>A pairing stayed in <paramref name="Status"/> longer than that state's limit; coordinators should
/// look at it. Published once per stay: moving on clears the flag.</summary>
public record PairingFlagged(
    Guid PairingId,
    Guid NeedId,
    PairingStatus Status,
    DateTimeOffset Since,
    TimeSpan Limit,
    DateTimeOffset FlaggedAt);
