namespace Huli.Matchmaking.Contracts;

public record PairingConfirmed(
    Guid PairingId,
    Guid NeedId,
    Guid ResultId,
    string ConfirmedBy,
    DateTimeOffset ConfirmedAt);
