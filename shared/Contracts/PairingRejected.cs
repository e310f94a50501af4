namespace Huli.Matchmaking.Contracts;

public record PairingRejected(
    Guid PairingId,
    Guid NeedId,
    Guid ResultId,
    string Reason,
    string RejectedBy,
    DateTimeOffset RejectedAt);
