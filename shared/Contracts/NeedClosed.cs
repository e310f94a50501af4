namespace Huli.Matchmaking.Contracts;

/// <summary>A need left matching. <paramref name="Reason"/> came later and defaults for senders that predate it.</summary>
public record NeedClosed(Guid NeedId, int Version, DateTimeOffset ClosedAt, NeedClosure Reason = NeedClosure.Closed);
