namespace Huli.Matchmaking.Contracts;

/// <summary>A coordinator moved a pairing on (confirmed, rejected, contacted, … closed). Published for every
/// step, so the enterprise and the institute named here hear of each one. <paramref name="Version"/> is the
/// pairing's version after the step, for consumers that keep only the newest.</summary>
public record PairingAdvanced(
    Guid PairingId,
    Guid NeedId,
    Guid ResultId,
    PairingStatus From,
    PairingStatus To,
    string By,
    DateTimeOffset At,
    string? Notes,
    string Enterprise,
    string Institute,
    int Version);
