namespace Huli.Matchmaking.Contracts;

public record ResultWithdrawn(Guid ResultId, int Version, DateTimeOffset WithdrawnAt);
