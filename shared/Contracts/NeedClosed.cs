namespace Huli.Matchmaking.Contracts;

public record NeedClosed(Guid NeedId, int Version, DateTimeOffset ClosedAt);
